// UTF-8 byte offsets (what the index stores: entity mentions in
// Article::body_text()) to UTF-16 code units (what JavaScript indexes
// strings in), for the HTTP API's article view.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kiosque::search {

// For every byte offset 0..text.size(), the UTF-16 code units before it: one
// per character, two for a character outside the Basic Multilingual Plane
// (emoji). An offset inside a character maps to that character's start.
std::vector<std::size_t> utf16_units_before_bytes(std::string_view text);

}  // namespace kiosque::search
