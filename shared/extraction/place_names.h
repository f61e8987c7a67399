// Place names the tagger misses, found by their shape in French: a place
// cue word in lower case followed by a name, the cue included as French
// writes it: "mer Noire", "mer de Glace", "cathédrale Saint-Jean", "place
// de la Concorde", "palais du Soleil de Kumsusan".
//
// Cue words are the model's place-cue list (entities/gazetteer.h) plus a few
// kinds of buildings and landforms.
#pragma once

#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/ner_token.h"
#include "extraction/organisation_names.h"

namespace kiosque {

// `tokens`: tokenize_for_ner(text), shared with the other stages.
std::vector<Span> find_place_names(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                   const entities::Gazetteer& gazetteer);

}  // namespace kiosque
