// "Vouliez-vous dire … ?": a corrected query built from the index's own
// vocabulary, for queries with words that are absent from the index or much
// rarer there than a word spelled almost the same.
//
// Candidates are the folded word terms (unprefixed, accents folded, see
// schema.h) that start with the same letter as the query word and lie within
// a small edit distance (Damerau-Levenshtein: one edit for words of up to 6
// letters, two beyond); the closest wins, then the most frequent. So the
// suggestion is accent-insensitive ("poutin" -> "poutine", "ukrain" ->
// "ukraine", "negotiatons" -> "negotiations"), needs no index-time data, and
// is written without accents.
//
// Another form of the same word is not a correction, since the query's stems
// already find it: not a plural for a singular ("syndicat", "syndicats"), nor
// a form of the same stem for a word the stemmer recognises as inflected
// ("negociation" -> stem "negoci", like "negociations"). A word the stemmer
// leaves whole, often a truncated one ("poutin", "ukrain"), does get its
// full form.
//
// Words in quotes are corrected too; field values, prefixes (négoci*),
// numbers, stopwords, words shorter than kMinSuggestedLength, a known
// entity's name ("Putin") and two words the index has joined by an
// apostrophe ("aujourd hui") are not.
//
// Not thread-safe (it owns an Analyzer): one per thread.
#pragma once

#include <xapian.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analyzer.h"

namespace kiosque::search {

class SpellingSuggester {
 public:
  // Says whether a word as typed names a known person, place or
  // organisation: such a word ("Putin") is never corrected.
  using KnownName = std::function<bool(const std::string& typed)>;

  explicit SpellingSuggester(Xapian::Database db, KnownName known_name = {});

  // `query` with its misspelled words corrected, or nullopt when no word
  // needs it (or the query does not parse).
  std::optional<std::string> suggest(const std::string& query);

  // The closest frequent index word for one folded word, if it is absent or
  // rare; nullopt when it is fine or nothing is close.
  std::optional<std::string> correct_word(const std::string& folded_word);

 private:
  // The most frequent accented spelling of a folded word ("negociations" ->
  // "négociations"), or the word itself when most articles write it without.
  std::string with_accents(const std::string& folded) const;

  // True if `candidate` is another form of `word`, as above.
  bool same_stem(const std::string& word, const std::string& candidate) const;

  Xapian::Database db_;
  KnownName known_name_;
  analysis::Analyzer analyzer_;
  std::vector<Xapian::Stem> stemmers_;  // of the index's languages
};

}  // namespace kiosque::search
