// How far apart two spellings are, in characters: shared by the query
// spelling suggestions (spelling.h) and the names suggested for an unknown
// filter value (name_suggestions.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosque::search {

// The code points of UTF-8 `text` (malformed bytes become some code point:
// only distances are computed from them).
std::u32string code_points(std::string_view text);

// Damerau-Levenshtein distance (optimal string alignment), or `limit` + 1
// as soon as it must exceed `limit`.
std::size_t edit_distance(const std::u32string& a, const std::u32string& b, std::size_t limit);

}  // namespace kiosque::search
