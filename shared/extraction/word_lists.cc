#include "extraction/word_lists.h"

#include <algorithm>
#include <fstream>

#include "entities/gazetteer.h"
#include "extraction/person_names.h"
#include "names/alias_table.h"
#include "names/name_key.h"

namespace kiosque::extraction {

namespace {

// Adds the words of a list file (one a line, # comments) to `words`, folded.
// A missing file adds nothing: the lists refine extraction, they are not needed.
void read_word_list(const std::filesystem::path& path, std::unordered_set<std::string>& words) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') words.insert(entities::fold_for_gazetteer(line));
  }
}

}  // namespace

WordLists load_word_lists(const std::filesystem::path& names, const std::vector<std::string>& alias_files) {
  WordLists words;
  read_word_list(names / "not-entities.txt", words.not_entities);
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(names, error)) {
    const std::string file = entry.path().filename().string();  // LIST.LANG.txt
    if (entry.path().extension() != ".txt") continue;
    if (file.rfind("common-words.", 0) == 0)
      read_word_list(entry.path(), words.common_words[entry.path().stem().extension().string().substr(1)]);
    if (file.rfind("person-titles.", 0) == 0) read_word_list(entry.path(), words.titles);
    if (file.rfind("title-suffixes.", 0) == 0) {
      std::unordered_set<std::string> suffixes;
      read_word_list(entry.path(), suffixes);
      words.title_suffixes.insert(words.title_suffixes.end(), suffixes.begin(), suffixes.end());
    }
  }
  std::sort(words.title_suffixes.begin(), words.title_suffixes.end());
  // Read with the alias table's own parser: every spelling by its key, and
  // the companies' canonical names.
  for (const std::string& file : alias_files) {
    const bool wordlike = file.find("wordlike") != std::string::npos;
    const bool companies = file.find("companies") != std::string::npos;
    if (!wordlike && !companies) continue;
    names::AliasTable table;
    table.load(file);
    table.for_each_alias([&](entities::EntityType, const std::string& alias, const std::string& canonical) {
      if (wordlike) words.wordlike[names::name_key(alias)].push_back(alias);
      if (companies) words.brands.insert(names::name_key(canonical));
    });
  }
  return words;
}

// Whether the last word of `name` is a word never a name (a month: "Anfang
// April", "Ende Mai").
bool ends_with_not_entity(std::string_view name, const WordLists& words) {
  std::size_t space = name.rfind(' ');
  return space != std::string_view::npos && words.not_entities.count(entities::fold_for_gazetteer(name.substr(space + 1)));
}

namespace {

// Whether the folded word is a word of the title lists, or a longer word
// ending like one of their suffixes ("bundesprasident").
bool in_title_lists(const std::string& folded, const WordLists& words) {
  if (words.titles.count(folded)) return true;
  return std::any_of(words.title_suffixes.begin(), words.title_suffixes.end(), [&](const std::string& suffix) {
    return folded.size() > suffix.size() + 2 && folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0;
  });
}

}  // namespace

// Whether `word` is one word of the title lists or a French title.
bool is_listed_title(std::string_view word, const WordLists& words) {
  if (word.find(' ') != std::string_view::npos) return false;
  return is_person_title(word) || in_title_lists(entities::fold_for_gazetteer(word), words);
}

// Where a person's name starts once the listed titles of any language are
// skipped ("Prime Minister", "Bundespräsident", "US-Außenminister"): a word
// of person-titles.*.txt, or a longer word ending like one of
// title-suffixes.*.txt. 0 if it starts with the name; never the last word.
std::size_t listed_titles(std::string_view mention, const WordLists& words) {
  std::size_t start = 0;
  while (true) {
    std::size_t space = mention.find(' ', start);
    if (space == std::string_view::npos) return start;
    if (!in_title_lists(entities::fold_for_gazetteer(mention.substr(start, space - start)), words)) return start;
    start = space + 1;
  }
}

}  // namespace kiosque::extraction
