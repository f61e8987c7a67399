// Splits text into word tokens with ICU's Unicode word-break rules (UAX #29
// plus ICU's dictionaries for Chinese, Japanese, Thai...). Spaces and
// punctuation are dropped. Apostrophes and dots between letters stay inside a
// token ("l'Ukraine", "O.N.U"): the splitting stages decide what they mean.
//
// Not thread-safe: one segmenter per thread (creating one is costly).
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string_view>
#include <vector>

#include "analysis/token.h"

namespace kiosque::analysis {

class WordSegmenter {
 public:
  WordSegmenter();
  ~WordSegmenter();
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;

  // Appends the words of `text` (valid UTF-8) to `out`.
  void segment(std::string_view text, std::vector<Token>& out);

 private:
  std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace kiosque::analysis
