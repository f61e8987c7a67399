// The spans and names of candidates (candidate.h): person names rejoined
// across particles, known names over the tagger's mentions, products cut
// off, and the name each mention stands for in the article.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extraction/alias_matcher.h"
#include "extraction/candidate.h"
#include "extraction/mention_checks.h"

namespace kiosque::extraction {

// Joins person mentions split by particles the tagger left out.
void merge_split_person_names(const std::string& text, std::vector<Candidate>& found);

// A first name alone followed by "von" or "van" particles and a capitalised
// word takes them in: "Agnès" + " von der Mühll". (Not where every noun is
// capitalised: in German "von der" is a preposition before any noun.)
void add_foreign_particle_names(const std::string& text, const MentionChecks& checks, std::vector<Candidate>& found);

// Adds the alias table's names found in the text. A match that covers a
// tagger mention replaces it (the table knows the type and the canonical
// name); a tagger mention longer than the match is kept ("Conseil de sécurité
// de l'ONU" around "ONU"), unless it is of another type and the match has
// several words: a known name of several words ("Europäischen Kommission")
// is not part of a person's name, where one word may be ("Anne de Bretagne").
// Nor is a mention kept that `plausible` rejects: outside French the tagger
// reads capitalised words it does not know as names ("Президент России
// Владимир Путин"), and such a mention, dropped later for want of evidence,
// must not take the known name inside it down with it. Nor is one whose
// only other words are lower-case ones before the name ("journal Le Monde").
void add_alias_matches(std::string_view text, const std::vector<AliasMatch>& matches,
                       const std::function<bool(const Candidate&)>& plausible, std::vector<Candidate>& found);

// Cuts product words (known_name_edits.h) off the end of mentions
// ("Vellano Tempesta" -> "Vellano") and drops the mentions left empty.
void cut_product_words(const std::string& text, const std::unordered_set<std::string>& products,
                       std::vector<Candidate>& found);

// The name each mention stands for (empty: not an entity). Persons: the
// fullest name the mention abbreviates in the article, and persons named by
// their role once introduced with it (added to `found`); in French, a lone
// inflected dictionary word that no longer name explains is not a person
// ("Hospitalisé", "Nouvelles").
// Organisations: a long form followed by "(ACRONYM)" is the acronym.
std::vector<std::string> person_and_organisation_names(const std::string& text, bool french,
                                                       const MentionChecks& checks, std::vector<Candidate>& found);

}  // namespace kiosque::extraction
