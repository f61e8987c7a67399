// The feature templates of the tagger: for one token, the hashed keys of
// its features (its word, affixes and shape, its neighbours' words and
// shapes in a window of +-2, capital runs, gazetteer lists, sentence start).
// Training and tagging both call this one function, so a model always sees
// the features it was trained on.
//
// Changing a template changes the keys: bump kFeatureSetVersion, so that an
// old model file is refused instead of silently scoring garbage.
#pragma once

#include <cstdint>
#include <vector>

#include "entities/token_attributes.h"

namespace kiosque::entities {

inline constexpr std::uint32_t kFeatureSetVersion = 1;

// Appends the feature keys of token `i` to `out` (never 0, may repeat).
void context_features(const std::vector<TokenAttributes>& tokens, std::size_t i, std::vector<std::uint64_t>& out);

}  // namespace kiosque::entities
