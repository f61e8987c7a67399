#include "entities/utf8_offsets.h"

#include <unicode/utf8.h>

namespace kiosque::entities {

std::vector<std::size_t> code_points_before_bytes(std::string_view text) {
  std::vector<std::size_t> map(text.size() + 1, 0);
  std::size_t count = 0;
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(text.size());
  while (i < length) {
    int32_t start = i;
    U8_FWD_1(reinterpret_cast<const uint8_t*>(text.data()), i, length);
    for (int32_t b = start; b < i; ++b) map[static_cast<std::size_t>(b)] = count;
    ++count;
  }
  map[text.size()] = count;
  return map;
}

std::vector<std::size_t> bytes_of_code_points(std::string_view text) {
  std::vector<std::size_t> map;
  map.reserve(text.size() + 1);
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(text.size());
  while (i < length) {
    map.push_back(static_cast<std::size_t>(i));
    U8_FWD_1(reinterpret_cast<const uint8_t*>(text.data()), i, length);
  }
  map.push_back(text.size());
  return map;
}

}  // namespace kiosque::entities
