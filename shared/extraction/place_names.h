// Place names the tagger misses, found by their shape in French: a place
// cue word in lower case followed by a name, the cue included as French
// writes it: "mer Noire", "mer de Glace", "cathédrale Saint-Jean", "place
// de la Concorde", "palais du Soleil de Kumsusan".
//
// Cue words are the model's place-cue list (entities/gazetteer.h) plus a few
// kinds of buildings and landforms.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/ner_token.h"
#include "entities/token_forms.h"
#include "extraction/organisation_names.h"

namespace kiosque::extraction {

// `tokens`: tokenize_for_ner(text), and `forms` their token_forms(), shared
// with the other stages.
std::vector<Span> find_place_names(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                   const entities::TokenForms& forms, const entities::Gazetteer& gazetteer);

// Places of the word lists that the tagger left untagged, where French
// puts a place: one capitalised word after "à", "en", "dans les", "près
// de"... ("dans les Alpes", "à Sangatte"), not a sentence's first word, not
// known as a first name, a surname or a common word. The caller keeps those
// that no mention covers.
std::vector<Span> find_listed_places(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                     const entities::TokenForms& forms);

// Places of the lists written in several words ("New York", "Los Angeles",
// "Hong Kong"), which the tagger sometimes cuts in two of different types.
std::vector<Span> find_listed_multiword_places(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                               const entities::TokenForms& forms,
                                               const entities::Gazetteer& gazetteer);

// The place a French title opens with, before " : " ("Drôme : un gilet
// jaune interpellé"), when the lists know it as a place; nullopt otherwise.
// `title_end`: where the title ends in `text`.
std::optional<Span> title_lead_place(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                     const entities::TokenForms& forms, std::size_t title_end,
                                     const entities::Gazetteer& gazetteer);

}  // namespace kiosque::extraction
