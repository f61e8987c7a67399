#include "entities/word_shape.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kiosque::entities {

namespace {

// The shape class of a code point, or 0 when it stands for itself.
char shape_class(UChar32 c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    return 0;
  }
  if (c < 0) return 0;
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_isdigit(c)) return 'd';
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) return 'x';
  int8_t category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK) return 'x';
  return 0;
}

}  // namespace

WordShape word_shape(std::string_view token) {
  WordShape shape;
  int letters = 0, lower = 0;
  char previous = 0;
  int run = 0;
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(token.data());
  const int32_t length = static_cast<int32_t>(token.size());
  while (i < length) {
    int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    char cls = shape_class(c);
    if (begin == 0) shape.capitalised = cls == 'X';
    if (cls == 'X' || cls == 'x') ++letters;
    if (cls == 'x') ++lower;
    if (cls == 0) {
      std::string_view itself = token.substr(begin, i - begin);
      shape.long_shape += itself;
      shape.short_shape += itself;
      previous = 0;
      continue;
    }
    run = cls == previous ? run + 1 : 1;
    if (run <= kShapeRunCap) shape.long_shape += cls;
    if (run == 1) shape.short_shape += cls;
    previous = cls;
  }
  shape.all_caps = letters >= 2 && lower == 0;
  return shape;
}

}  // namespace kiosque::entities
