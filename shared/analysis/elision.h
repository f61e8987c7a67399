// Elision stage: splits an elided article, pronoun or conjunction off the word
// it is glued to, so that "l'Ukraine" and "d’Ukraine" index "ukraine".
//
// Needed for French and Italian, where ICU keeps "l'Ukraine" as one word (so
// does Xapian's TermGenerator). The elided prefix itself carries no meaning
// for search and is dropped.
//
// An apostrophe that is not an elision stays inside the word: "aujourd'hui",
// "O'Brien". Names that start like a verbal elision ("N’Djamena", "M'Bala")
// are kept whole, with the part after the apostrophe stacked at the same
// position so that a lower-case query ("n'djamena", read as an elision) still
// finds them.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "analysis/token.h"

namespace kiosque::analysis {

struct ElisionRules {
  // Lower-case prefixes before the apostrophe: "l", "qu", "jusqu"...
  std::unordered_set<std::string> prefixes;
  // Prefixes that only come before verbs and pronouns ("n'est", "j'ai"): before
  // a capitalised word in mixed case, they are part of a name instead.
  std::unordered_set<std::string> verbal_prefixes;

  static const ElisionRules& french();
  static const ElisionRules& italian();
};

void split_elisions(std::vector<Token>& tokens, const ElisionRules& rules);

// English: "Putin's" -> "Putin". The possessive adds nothing to search.
void strip_english_possessive(std::vector<Token>& tokens);

}  // namespace kiosque::analysis
