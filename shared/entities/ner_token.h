// A token as the entity tagger sees it: a word, a number or one piece of
// punctuation, by byte offsets into the tagged text.
#pragma once

#include <cstddef>
#include <string_view>

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

}  // namespace kiosque::entities
