// Best tag sequence for one segment of tokens under the BIO rules: the
// highest sum of per-token tag scores and tag-to-tag transition scores,
// never placing I-X after O, after another type, or first.
#pragma once

#include <cstddef>
#include <vector>

#include "entities/bio_tags.h"

namespace kiosque::entities {

struct TransitionScores {
  float start[kTagCount] = {};               // score of a tag on the first token
  float between[kTagCount][kTagCount] = {};  // [previous][next]
};

// `emissions` holds n rows of kTagCount scores; the result has n tags.
std::vector<Tag> viterbi_decode(const float* emissions, std::size_t n, const TransitionScores& transitions);

}  // namespace kiosque::entities
