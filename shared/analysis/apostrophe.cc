#include "analysis/apostrophe.h"

namespace kiosque::analysis {

std::size_t apostrophe_length(std::string_view text, std::size_t i) {
  // Every variant starts with ' or a lead byte from 0xCA up: most bytes stop here.
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0xCA) return c == '\'' ? 1 : 0;
  auto at = [&](std::string_view seq) { return text.compare(i, seq.size(), seq) == 0; };
  if (at("\xE2\x80\x99") || at("\xE2\x80\x98") || at("\xEF\xBC\x87")) return 3;  // ’ ‘ ＇
  if (at("\xCA\xBC")) return 2;                                                  // ʼ
  return 0;
}

std::string normalise_apostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (std::size_t n = apostrophe_length(text, i)) {
      out += '\'';
      i += n;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace kiosque::analysis
