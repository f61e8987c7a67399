#include "analysis/word_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>

namespace kiosque::analysis {

WordSegmenter::WordSegmenter() {
  UErrorCode status = U_ZERO_ERROR;
  breaker_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word break: ") + u_errorName(status));
}

WordSegmenter::~WordSegmenter() = default;

void WordSegmenter::segment(std::string_view text, std::vector<Token>& out) {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  breaker_->setText(utext, status);
  int32_t start = breaker_->first();
  for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE; start = end, end = breaker_->next()) {
    int32_t rule = breaker_->getRuleStatus();
    if (rule < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
    Token token;
    token.text.assign(text.substr(start, end - start));
    token.start = static_cast<std::size_t>(start);
    token.end = static_cast<std::size_t>(end);
    token.is_number = rule < UBRK_WORD_NUMBER_LIMIT;
    out.push_back(std::move(token));
  }
  utext_close(utext);
}

}  // namespace kiosque::analysis
