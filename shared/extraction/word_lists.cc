#include "extraction/word_lists.h"

#include <algorithm>
#include <fstream>

#include "entities/gazetteer.h"
#include "extraction/person_names.h"
#include "names/name_key.h"

namespace kiosque {

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

// The names of an alias file (type, then names separated by '|') by key.
void read_wordlike_names(const std::string& path, WordlikeNames& names) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t pos = line.find_first_of(" \t");
    while (pos != std::string::npos && pos < line.size()) {
      std::size_t end = std::min(line.find('|', pos), line.size());
      std::string name = line.substr(pos, end - pos);
      name.erase(0, name.find_first_not_of(" \t"));
      name.erase(name.find_last_not_of(" \t\r") + 1);
      if (!name.empty()) names[name_key(name)].push_back(name);
      pos = end + 1;
    }
  }
}

// The name keys of the canonical names (first after the type) of an alias file.
void read_canonical_keys(const std::string& path, std::unordered_set<std::string>& keys) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t start = line.find_first_of(" \t");
    if (start == std::string::npos) continue;
    std::string key = name_key(line.substr(start, line.find('|') == std::string::npos ? std::string::npos
                                                                                      : line.find('|') - start));
    if (!key.empty()) keys.insert(key);
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
  for (const std::string& file : alias_files) {
    if (file.find("wordlike") != std::string::npos) read_wordlike_names(file, words.wordlike);
    if (file.find("companies") != std::string::npos) read_canonical_keys(file, words.brands);
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

}  // namespace kiosque
