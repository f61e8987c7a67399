// The word lists entity extraction reads beside its model (models/names/),
// as folded words (entities::fold_for_gazetteer): words never a name,
// ordinary words of each language, titles, word-like known names and
// companies' names. Language data, so that a rule asks a list and not an
// `if` on the language.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extraction/known_name_edits.h"

namespace kiosque::extraction {

struct WordLists {
  // Words never a name on their own: days, holidays, events, abbreviations
  // of things (not-entities.txt).
  std::unordered_set<std::string> not_entities;
  // Per language other than French (whose words the model's gazetteer
  // has): its ordinary words, to tell "Most" opening a sentence from a name
  // (common-words.LANG.txt).
  std::unordered_map<std::string, std::unordered_set<std::string>> common_words;
  // Known names that are also words (known_name_edits.h), from the alias
  // files named *wordlike*.
  WordlikeNames wordlike;
  // Companies' names by name key, from the alias files named *companies*:
  // the capitalised words after them name products.
  std::unordered_set<std::string> brands;
  // Titles and functions before a person's name, in every language
  // (person-titles.LANG.txt), and the endings that make a word one in
  // languages that compound them ("Innenministerin": title-suffixes.LANG.txt).
  std::unordered_set<std::string> titles;
  std::vector<std::string> title_suffixes;
};

// Reads the lists of folder `names` (a missing file adds nothing: the lists
// refine extraction, they are not needed) and, from `alias_files`, the
// word-like names and the companies.
WordLists load_word_lists(const std::filesystem::path& names, const std::vector<std::string>& alias_files);

// Whether the last word of `name` is a word never a name (a month: "Anfang
// April", "Ende Mai").
bool ends_with_not_entity(std::string_view name, const WordLists& words);

// Whether `word` is one word of the title lists or a French title.
bool is_listed_title(std::string_view word, const WordLists& words);

// Where a person's name starts once the listed titles of any language are
// skipped ("Prime Minister", "Bundespräsident", "US-Außenminister"): a word
// of person-titles.*.txt, or a longer word ending like one of
// title-suffixes.*.txt. 0 if it starts with the name; never the last word.
std::size_t listed_titles(std::string_view mention, const WordLists& words);

}  // namespace kiosque::extraction
