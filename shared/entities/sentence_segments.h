// Cuts a token sequence into the stretches the decoder handles one at a
// time: after every sentence-final token (". ! ? …") and at the latest
// every kMaxSegmentTokens tokens. Features still look across the cuts;
// only the tag sequence restarts. Training cuts its examples the same way.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/ner_token.h"

namespace kiosque::entities {

inline constexpr std::size_t kMaxSegmentTokens = 400;

// Half-open token ranges [first, second) covering all tokens in order.
std::vector<std::pair<std::size_t, std::size_t>> sentence_segments(std::string_view text,
                                                                   const std::vector<NerToken>& tokens);

}  // namespace kiosque::entities
