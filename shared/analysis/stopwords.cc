#include "analysis/stopwords.h"

#include <unordered_map>
#include <unordered_set>

#include "analysis/word_list_table.h"

namespace kiosque::analysis {

namespace {

using WordSet = std::unordered_set<std::string>;

// The lists of shared/analysis/stopwords/, built in.
const std::unordered_map<std::string, WordSet>& lists() {
  static const std::unordered_map<std::string, WordSet> kLists = [] {
    std::unordered_map<std::string, WordSet> lists;
    for (std::size_t i = 0; i < kStopwordListsSize; ++i) {
      const WordListEntry& entry = kStopwordLists[i];
      WordSet& words = lists[std::string(entry.language)];
      for (std::size_t pos = 0; pos < entry.words.size();) {
        std::size_t end = entry.words.find('\n', pos);
        if (end == std::string_view::npos) end = entry.words.size();
        if (end > pos) words.emplace(entry.words.substr(pos, end - pos));
        pos = end + 1;
      }
    }
    return lists;
  }();
  return kLists;
}

}  // namespace

bool is_stopword(std::string_view language, const std::string& folded_word) {
  auto it = lists().find(std::string(language));
  return it != lists().end() && it->second.count(folded_word) > 0;
}

}  // namespace kiosque::analysis
