// Punctuation that never belongs to an entity: a comma, colon, bracket or
// quote ends a name ("Alfred Dardel : Junier" is two things). Joining marks
// that do occur inside names ("-", "&", "'", "/": "AT&T", "Rhin - Main")
// are left to the model. The decoder forces such tokens to O, and training
// both decodes the same way and cuts gold spans at them, so the model is
// never taught a span it could not produce.
#pragma once

#include <string_view>

#include "entities/ner_token.h"

namespace kiosque::entities {

bool never_in_entity(const NerToken& token, std::string_view text);

// Makes every tag but O impossible in one row of kTagCount emission scores.
void forbid_entity_tags(float* emission_row);

}  // namespace kiosque::entities
