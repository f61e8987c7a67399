#include "archive/utf8_check.h"

#include <unicode/utf8.h>

#include <cstdio>

namespace kiosque::archive {

std::optional<TextProblem> check_text(std::string_view bytes) {
  std::size_t line = 1;
  int32_t i = 0, n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c == 0) return TextProblem{line, "binary file (NUL byte at offset " + std::to_string(at) + ")"};
    if (c < 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[at]));
      return TextProblem{line, std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(at) +
                                   "); convert the file to UTF-8"};
    }
    if (c == '\n') ++line;
  }
  return std::nullopt;
}

std::string_view without_bom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

}  // namespace kiosque::archive
