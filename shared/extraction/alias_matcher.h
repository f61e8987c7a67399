// Finds the names of the alias table in a text: "Putin" in an English
// article, "España" in a Spanish one, "Corée du Nord" where the tagger saw
// only "Corée". The table holds entities whose names differ across
// languages, so finding them directly is what makes the place and person
// facets work on articles the French model reads poorly.
//
// A match starts at a capitalised word and is the longest run of up to
// kMaxWords words whose name key is an alias. In languages that inflect
// names ("в Москве", "des Bundestages", "der Europäischen Kommission"), words
// also match an alias by their stems in the article's language.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/entity_type.h"
#include "entities/ner_token.h"
#include "names/alias_table.h"

namespace kiosque::extraction {

struct AliasMatch {
  entities::EntityType type;
  std::size_t start = 0, end = 0;  // byte offsets in the text
  std::string canonical;
};

class AliasMatcher {
 public:
  static constexpr std::size_t kMaxWords = 6;

  explicit AliasMatcher(const names::AliasTable& table);

  // Matches in text order, not overlapping. A name known as several types
  // (a country that is also a person's name) is left to the tagger.
  // `tokens`: tokenize_for_ner(text), shared with the other stages.
  std::vector<AliasMatch> find(std::string_view text, const std::vector<entities::NerToken>& tokens,
                               const std::string& language) const;

 private:
  std::unordered_map<std::string, std::pair<entities::EntityType, std::string>> names_;  // key -> type, canonical
  std::unordered_set<std::string> ambiguous_;    // keys known as more than one type
  std::unordered_set<std::string> first_words_;  // first word of every key
  // Names written in lower case on purpose ("franceinfo"), as written: they
  // match in lower case too, exactly. One word of kMinLowerCaseName bytes or
  // more, starting with a-z.
  static constexpr std::size_t kMinLowerCaseName = 6;
  std::unordered_set<std::string> lower_case_names_;
  bool is_lower_case_name(std::string_view word) const;
  // Per inflecting language: the stems of an alias's words (stems_key) ->
  // alias (canonical name empty when ambiguous), and every first stem.
  struct Stemmed {
    std::unordered_map<std::string, std::pair<entities::EntityType, std::string>> names;
    std::unordered_set<std::string> first_stems;
    // One-word aliases' keys by stem: a word matches one only as the alias
    // plus an ending ("Moskaus", not "Sommer" for "Somme").
    std::unordered_map<std::string, std::string> one_word_keys;
  };
  std::unordered_map<std::string, Stemmed> stemmed_;

  // Whether the word of key `word_key` is the one-word alias of stem `stem`
  // with an inflection ending (or any alias of several words).
  static bool inflects(const Stemmed& stemmed, const std::string& stem, const std::string& word_key);
};

}  // namespace kiosque::extraction
