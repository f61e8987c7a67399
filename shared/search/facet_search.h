// Searching the values of one facet by what the user has typed so far, for a
// facet with thousands of values (persons): "pout" finds "Vladimir Poutine",
// "vladimir p" too. Case, accents, hyphens and script do not matter (names
// are compared by name key, names/name_key.h); a prefix matches the start of
// any word of the name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/facet_selection.h"

namespace kiosque::search {

// Whether a word of `key` (a name key) starts with `prefix_key` (the name key
// of what was typed; an empty prefix matches everything).
bool key_has_prefix(std::string_view key, std::string_view prefix_key);

// The choices whose name matches `prefix`, in their order, at most `limit`
// (0: all).
std::vector<FacetChoice> choices_with_prefix(const std::vector<FacetChoice>& choices, std::string_view prefix,
                                             std::size_t limit);

}  // namespace kiosque::search
