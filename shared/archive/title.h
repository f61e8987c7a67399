// A display title for an article that has none: its first sentence, cut at a
// word boundary when long.
#pragma once

#include <string>
#include <string_view>

namespace kiosque::archive {

// Longest derived title, in bytes, before it is cut and ends with "…".
inline constexpr std::size_t kMaxTitleBytes = 160;

// The first sentence of `paragraph`. A period after a title or an initial
// ("M. Kim", "J.-C.", "Mme Dupont") does not end the sentence.
std::string first_sentence(std::string_view paragraph);

// first_sentence(), shortened to kMaxTitleBytes at a word boundary.
std::string derive_title(std::string_view paragraph);

}  // namespace kiosque::archive
