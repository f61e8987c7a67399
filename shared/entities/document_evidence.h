// Clues about a word gathered from its other occurrences in the same text.
// News names a person in full once ("M. Jacques Chirac") and then by the
// bare surname ("Chirac a dit"); a place appears after "à" somewhere; a
// capitalised sentence opener shows up in lower case further on. Each
// token learns which of these its word shows elsewhere in the document
// (not counting the token itself), so the tagger can label the bare
// mentions consistently. Words are compared in folded form.
#pragma once

#include <string_view>
#include <vector>

#include "entities/ner_token.h"
#include "entities/token_attributes.h"

namespace kiosque::entities {

// Bits of TokenAttributes::document_evidence.
enum DocumentEvidence : unsigned char {
  kAfterTitle = 1 << 0,            // follows a person title (M., Mme, général)
  kAfterFirstName = 1 << 1,        // capitalised, after a capitalised first name
  kAfterPlaceWord = 1 << 2,        // capitalised, after "à", "en", "au", "aux"
  kAfterOrganisationCue = 1 << 3,  // after an organisation cue word (parti, société)
  kLowerCase = 1 << 4,             // written in lower case
  kCapitalisedInside = 1 << 5,     // capitalised, not at a sentence start
};
inline constexpr int kDocumentEvidenceBits = 6;

// Fills TokenAttributes::document_evidence; needs `folded`, `word`,
// `capitalised`, `sentence_start` and `gazetteer` already set.
void add_document_evidence(std::vector<TokenAttributes>& attributes);

}  // namespace kiosque::entities
