// The tag set of the sequence model: O plus B-/I- for each entity type, and
// the rules a tag sequence must follow (I-X only after B-X or I-X).
//
// Tags are small integers so that weight rows and Viterbi tables can be
// indexed by them: 0 is O, then B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_type.h"
#include "entities/mention.h"
#include "entities/ner_token.h"

namespace kiosque::entities {

using Tag = unsigned char;

inline constexpr int kTagCount = 1 + 2 * kEntityTypeCount;
inline constexpr Tag kOutside = 0;

Tag begin_tag(EntityType type);
Tag inside_tag(EntityType type);
bool is_begin(Tag tag);
bool is_inside(Tag tag);
// The entity type of a B- or I- tag; must not be called with kOutside.
EntityType tag_entity_type(Tag tag);
// "O", "B-PER", ... for logs and the model file.
std::string tag_name(Tag tag);

// Whether `next` may follow `previous`; `previous` is kNoTag at the start.
inline constexpr int kNoTag = -1;
bool allowed_transition(int previous, Tag next);

// Turns one tag per token into mentions. A stray I-X (not allowed by the
// decoder, but possible in hand-made input) starts a new mention.
std::vector<Mention> mentions_from_tags(std::string_view text, const std::vector<NerToken>& tokens,
                                        const std::vector<Tag>& tags);

}  // namespace kiosque::entities
