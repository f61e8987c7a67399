// Each token's case-folded and gazetteer forms, computed once per text.
//
// The tagger's features and the shape rules around it (extraction/) all ask
// about the same tokens: folding a token (ICU for any non-ASCII byte) and
// looking it up in the gazetteer (a cache miss in a large table) cost more
// than the rest of what they do with it, so they share these instead of
// folding and looking up every token again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/ner_token.h"

namespace kiosque::entities {

// Parallel arrays, one entry per token; `keys` in the form
// Gazetteer::match() and longest_entry() take.
struct TokenForms {
  std::vector<std::string> lower;      // analysis::lower_case(token)
  std::vector<std::string> folded;     // fold_for_gazetteer(token)
  std::vector<std::uint64_t> keys;     // gazetteer_token_key(folded)
  std::vector<GazetteerMask> lists;    // gazetteer.lists_of(key): the one-token entries' lists
};

// `tokens`: tokenize_for_ner(text).
TokenForms token_forms(std::string_view text, const std::vector<NerToken>& tokens, const Gazetteer& gazetteer);

}  // namespace kiosque::entities
