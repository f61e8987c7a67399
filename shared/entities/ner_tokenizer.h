// Splits text into tokens for entity tagging. Unlike the search analyser's
// WordSegmenter it keeps punctuation (a comma or a dash is a good clue to
// where a name ends) and it cuts French elisions after the apostrophe, so
// that "l'Ukraine" gives "l'" and "Ukraine" and a name never starts in the
// middle of a token.
//
// Rules, in order of precedence inside a run of letters and digits:
//   * inner hyphens join ("Jong-un", "Saint-Étienne", "dit-il"), except
//     before a final function word after a capitalised word ("Cotti-le");
//   * after a French elision ("l", "d", "qu", "jusqu"...) an apostrophe ends
//     the token after itself ("d'"); any other apostrophe between letters
//     stays inside the word ("O'Brien", "aujourd'hui");
//   * "," or "." between digits joins ("3,5", "1.000");
//   * a final "." joins single letters ("J.", "M."), dotted acronyms
//     ("O.N.U.") and the abbreviations of kAbbreviations ("Mme.", "Dr.").
// Everything else that is not a space becomes a punctuation token; a run of
// the same character is one token ("...", "--"). Invalid UTF-8 bytes become
// punctuation tokens of one byte.
#pragma once

#include <string_view>
#include <vector>

#include "entities/ner_token.h"

namespace kiosque::entities {

std::vector<NerToken> tokenize_for_ner(std::string_view text);

// True for tokens that end a sentence: ".", "!", "?", "…" and runs of them,
// and the empty token tokenize_for_ner() puts between sentences glued by
// scraping ("PhilippeCette").
bool ends_sentence(std::string_view token_text);

}  // namespace kiosque::entities
