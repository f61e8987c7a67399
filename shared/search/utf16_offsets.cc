#include "search/utf16_offsets.h"

namespace kiosque::search {

std::vector<std::size_t> utf16_units_before_bytes(std::string_view text) {
  std::vector<std::size_t> units(text.size() + 1);
  std::size_t count = 0, char_start_count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) {  // a character starts here
      char_start_count = count;
      count += byte >= 0xF0 ? 2 : 1;
    }
    units[i] = char_start_count;
  }
  units[text.size()] = count;
  return units;
}

}  // namespace kiosque::search
