// A token as the entity tagger sees it: a word, a number or one piece of
// punctuation, by byte offsets into the tagged text.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace kiosque::entities {

enum class TokenKind : unsigned char {
  kWord,         // letters, maybe with digits, inner hyphens, a final elision apostrophe or abbreviation dot
  kNumber,       // starts with a digit: "1906", "3,5", "20h30"
  kPunctuation,  // a run of one repeated non-letter character: ",", "...", "«", "—"
};

struct NerToken {
  std::size_t start = 0;  // byte offset, inclusive
  std::size_t end = 0;    // byte offset, exclusive
  TokenKind kind = TokenKind::kWord;

  std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
};

// The index of the first of `tokens` (in text order) that starts at byte
// `start` or after it; tokens.size() if none.
inline std::size_t first_token_from(const std::vector<NerToken>& tokens, std::size_t start) {
  return static_cast<std::size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), start,
                       [](const NerToken& t, std::size_t at) { return t.start < at; }) -
      tokens.begin());
}

}  // namespace kiosque::entities
