// Small corrections to one mention's span, each for one way real news text
// misleads the tagger. Offsets are bytes in the tagged text.
//
//   doubled final word        "Laurent Berger Berger" -> "Laurent Berger"
//   particle after a title    "le général de Gaulle": "Gaulle" -> "de Gaulle"
//   code, not a name          "K20Z3", "V8", "A3": letters mixed with digits
//   sentence start            "Seul l'oral..." is not Séoul: a capitalised
//                             word opening a sentence may be any word
//   in quotation marks        "The Walking Dead": a title
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "entities/ner_token.h"

namespace kiosque::extraction {

// Trims what a name never starts or ends with: spaces, quotes, punctuation.
void trim_edges(std::string_view text, std::size_t& start, std::size_t& end);

// The end of `text[start, end)` without a final word that repeats the one
// before it; `end` when there is none.
std::size_t end_without_doubled_word(std::string_view text, std::size_t start, std::size_t end);

// Where a person's one-word name starts once a particle written before it
// after an honorific, a rank or a title of nobility is included ("général
// de Gaulle", "M. de Villepin"; not "un ministre de Sarkozy"): the
// particle's offset, or `start`.
std::size_t start_with_particle(std::string_view text, std::size_t start);

// Whether `word` mixes letters and digits like a product code or a model
// ("K20Z3", "V8", "A3", "ACH130"). G7 and G20 are known names and are
// matched by the alias table before this question is asked.
bool is_code(std::string_view word);

// The end of a person's name in text[start, end) once cut before its first
// word in lower case that is not a particle ("Wolfgang Bachmayer betont",
// "Chris Martin and Jamelia" -> "Wolfgang Bachmayer", "Chris Martin"):
// names are capitalised but for particles (von, de, bin...). `start` when
// the name would be empty.
std::size_t end_before_lower_case_word(std::string_view text, std::size_t start, std::size_t end);

// Where a name starts after an English possessive ("Russia's Svetlana
// Cherkasova" -> "Svetlana Cherkasova"); `start` if none.
std::size_t start_after_possessive(std::string_view text, std::size_t start, std::size_t end);

// Whether text[start, end) is all a pair of quotation marks holds: the title
// of a work ("The Walking Dead", « Nouvelle Star »), or a ship's or a
// product's name, not a person, place or organisation.
bool is_quoted_title(std::string_view text, std::size_t start, std::size_t end);

// Whether tokens[i] opens a sentence: first of the text, after a sentence
// end or a line break.
bool opens_sentence(std::string_view text, const std::vector<entities::NerToken>& tokens, std::size_t i);

}  // namespace kiosque::extraction
