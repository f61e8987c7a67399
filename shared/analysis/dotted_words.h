// Dotted-word stage. ICU keeps letters joined by single dots as one word:
// "O.N.U", "U.S.A", "lemonde.fr". Acronyms written with dots become the plain
// acronym ("O.N.U." is found by "ONU"); other dotted words split into their
// parts at consecutive positions ("lemonde.fr" -> "lemonde" "fr").
// Numbers ("3.5") are left alone.
#pragma once

#include <vector>

#include "analysis/token.h"

namespace kiosque::analysis {

void split_dotted_words(std::vector<Token>& tokens);

}  // namespace kiosque::analysis
