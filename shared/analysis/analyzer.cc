#include "analysis/analyzer.h"

#include "analysis/dotted_words.h"
#include "analysis/elision.h"
#include "analysis/language_profile.h"
#include "analysis/normalize.h"
#include "schema.h"

namespace kiosque::analysis {

namespace {

// Caches are per thread and bounded: cleared when they grow past this many
// entries (Zipf: the frequent words come back at once).
constexpr std::size_t kCacheLimit = 200000;

void french_elisions(std::vector<Token>& t) { split_elisions(t, ElisionRules::french()); }
void italian_elisions(std::vector<Token>& t) { split_elisions(t, ElisionRules::italian()); }

}  // namespace

Xapian::Stem stemmer_for(const std::string& language) {
  const LanguageProfile& profile = language_profile(language);
  return profile.stemmer.empty() ? Xapian::Stem() : Xapian::Stem(std::string(profile.stemmer));
}

void folded_stems(const Xapian::Stem& stemmer, const Word& word, std::vector<std::string>& out) {
  std::string from_exact = fold_accents(stemmer(word.exact));
  out.push_back(from_exact);
  if (word.exact != word.word) {
    std::string from_folded = fold_accents(stemmer(word.word));
    if (from_folded != from_exact) out.push_back(std::move(from_folded));
  }
}

bool stems_to_itself(const Xapian::Stem& stemmer, const std::string& word) {
  return fold_accents(stemmer(word)) == word;
}

Analyzer::Analyzer(std::string language) : language_(std::move(language)), stemmer_(stemmer_for(language_)) {
  const LanguageProfile& profile = language_profile(language_);
  // (Archives are French first: text of unknown language gets French elisions.)
  if (profile.elisions == Elisions::kFrench) stages_.push_back(french_elisions);
  if (profile.elisions == Elisions::kItalian) stages_.push_back(italian_elisions);
  if (profile.english_possessive) stages_.push_back(strip_english_possessive);
  stages_.push_back(split_dotted_words);
}

std::vector<Word> Analyzer::words(std::string_view text) {
  std::vector<Token> tokens;
  segmenter_.segment(text, tokens);
  for (Stage stage : stages_) stage(tokens);

  if (normalised_.size() > kCacheLimit) normalised_.clear();
  std::vector<Word> out;
  out.reserve(tokens.size());
  unsigned position = 0;
  for (Token& token : tokens) {
    if (token.text.size() > schema::kMaxTermBytes) continue;
    auto it = normalised_.find(token.text);
    if (it == normalised_.end()) {
      Normalised n;
      n.exact = lower_case(token.text);
      n.word = fold_accents(n.exact);
      it = normalised_.emplace(token.text, std::move(n)).first;
    }
    if (it->second.word.empty()) continue;
    Word w;
    w.exact = it->second.exact;
    w.word = it->second.word;
    w.start = token.start;
    w.end = token.end;
    w.stacked = token.stacked && !out.empty();
    if (!w.stacked && !out.empty()) ++position;
    w.position = position;
    out.push_back(std::move(w));
  }
  return out;
}

const Analyzer::Stems& Analyzer::stem_entry(const Word& word) {
  if (stems_.size() > kCacheLimit) stems_.clear();
  auto it = stems_.find(word.exact);
  if (it != stems_.end()) return it->second;
  Stems stems;
  folded_stems(stemmer_, word, stems.all);
  // Only the folded word's own stem may be left out: a query finds it through
  // the word term because stemming that word gives it back, whatever accents
  // the text had ("été" may stem otherwise than "ete").
  const bool left_out = stems_to_itself(stemmer_, word.word);
  for (const std::string& stem : stems.all)
    if (!(left_out && stem == word.word)) stems.indexed.push_back(stem);
  return stems_.emplace(word.exact, std::move(stems)).first->second;
}

}  // namespace kiosque::analysis
