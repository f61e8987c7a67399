// TextQuery::positional_forms: the word terms that stand for a query word
// where the ranking reads positions (the title, words near each other).
// Stems carry no positions (document_builder.cc), so a word's stem is
// turned back into the index's words that have it: "retraites" is also
// "retraite", "retraité" at a position.
#include <algorithm>

#include "analysis/normalize.h"
#include "query/text_query.h"
#include "query/typed_forms.h"

namespace kiosque::query {

namespace {

// Vocabulary words looked at per stem, in alphabetical order from the stem,
// and forms kept per query word: the common inflections, not a long tail.
constexpr std::size_t kMaxWordsPerStem = 50;
constexpr std::size_t kMaxPositionalForms = 6;

}  // namespace

std::vector<std::string> TextQuery::positional_forms(const analysis::Word& word, bool name) const {
  std::vector<std::string> forms = same_word_forms(word.word);
  if (!vocabulary_) return forms;
  std::vector<std::string> stems = word_stems(word, name);
  if (name) {
    extending_words(word, stems, forms);  // a name: only its own forms
    return forms;
  }
  auto has_stem = [&](const std::string& candidate) {
    for (const Xapian::Stem& stemmer : stemmers_)
      if (std::binary_search(stems.begin(), stems.end(), analysis::fold_accents(stemmer(candidate)))) return true;
    return false;
  };
  for (const std::string& stem : stems) {
    std::size_t considered = 0;
    for (auto it = vocabulary_->allterms_begin(stem); it != vocabulary_->allterms_end(stem); ++it) {
      if (++considered > kMaxWordsPerStem || forms.size() >= kMaxPositionalForms) break;
      const std::string& candidate = *it;
      if (std::find(forms.begin(), forms.end(), candidate) == forms.end() && has_stem(candidate))
        forms.push_back(candidate);
    }
  }
  return forms;
}

}  // namespace kiosque::query
