// Word lists per language, built into the binary from data files
// (shared/analysis/embed_word_lists.cmake): one entry per LANG.txt, its
// words one a line.
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosque::analysis {

struct WordListEntry {
  std::string_view language;  // the file's name: "fr" for fr.txt
  std::string_view words;     // one a line
};

// shared/analysis/stopwords/*.txt (constant-initialised: usable at any time).
extern const WordListEntry kStopwordLists[];
extern const std::size_t kStopwordListsSize;

}  // namespace kiosque::analysis
