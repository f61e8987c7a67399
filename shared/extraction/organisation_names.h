// Organisation names the tagger misses, found by their shape in French:
//
//   a cue word, capitalised, with adjectives     Assemblée nationale, Parti communiste chinois
//   a cue word with a named complement           ministère de la Défense, tribunal
//                                                administratif de Marseille, Union européenne
//   an acronym                                   FSB, ANSSI, PSOE, G7
//
// Cue words are the model's organisation-cue list (entities/gazetteer.h)
// plus a few that only start names when capitalised. Acronyms that name
// things rather than bodies (PIB, TVA, COVID) are not organisations.
#pragma once

#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/ner_token.h"
#include "entities/token_forms.h"

namespace kiosque::extraction {

struct Span {
  std::size_t start = 0, end = 0;  // byte offsets
};

// Acronyms are found in any language; cue-word names only when `french`.
// `tokens`: tokenize_for_ner(text), and `forms` their token_forms(), shared
// with the other stages.
std::vector<Span> find_organisation_names(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                          const entities::TokenForms& forms, const entities::Gazetteer& gazetteer,
                                          bool french);

// Whether `name` is one word naming a kind of body rather than a body:
// "l'État", "le Parlement", "la Commission" alone.
bool is_generic_body(std::string_view name);

// Whether `word`, one word in capitals in French text, is a word or a name
// rather than an acronym: "SONT", "VENDRE", "MARTIN" (OCR, shouted lines,
// names in capitals). Known acronyms (ONU) are not.
bool is_word_in_capitals(std::string_view word, const entities::Gazetteer& gazetteer);

// Whether a name of several words ends with a word that only organisations'
// names end with: "Ariel Motor Company", "Costa Croisières", "Airbus
// Helicopters", "Renault Group", "Warner Bros".
bool ends_like_organisation(std::string_view name);

// Whether a name opens with a word that makes it an event's, not a body's
// or a place's: "Festival de Cannes", "Salon de l'agriculture", "Open
// d'Australie", "Grand Prix de Monaco", "Fête de l'Humanité".
bool is_event_name(std::string_view name);

// Whether `word` is an abbreviation of a thing rather than a body (PIB, TGV).
bool is_non_organisation_acronym(std::string_view word);

}  // namespace kiosque::extraction
