// Converting between UTF-8 byte offsets (what the tagger reports) and
// Unicode code point offsets (what Python-made evaluation files use).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kiosque::entities {

// For every byte offset 0..text.size(), the number of code points before
// it (an offset inside a multi-byte character maps to that character).
std::vector<std::size_t> code_points_before_bytes(std::string_view text);

// For every code point offset 0..N, its byte offset (N = code points in text).
std::vector<std::size_t> bytes_of_code_points(std::string_view text);

}  // namespace kiosque::entities
