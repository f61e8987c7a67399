// Character normalisation of a single token.
//
// lower_case(): NFKC with Unicode case folding ("ÉTAT" -> "état", "ﬁ" -> "fi",
// "Straße" -> "strasse"), apostrophes unified to '.
// fold_accents(): drops diacritics of Latin, Greek and Cyrillic letters
// ("état" -> "etat", "choïgou" -> "choigou", "ёлка" -> "елка") and spells out
// letters that have no decomposition ("œ" -> "oe", "ø" -> "o"). Marks of other
// scripts (Devanagari vowel signs, Arabic...) are left alone: removing them
// would change the word, not its spelling.
//
// Both take and return UTF-8 and are fast on ASCII input.
#pragma once

#include <string>
#include <string_view>

namespace kiosque::analysis {

std::string lower_case(std::string_view token);
std::string fold_accents(std::string_view token);

// Whether the first code point of `token` is an upper-case letter ("État",
// "Ωmega"; not "l'État", "3D").
bool starts_upper_case(std::string_view token);

}  // namespace kiosque::analysis
