// What each candidate (candidate.h) is: a person, a place or an
// organisation, decided from its neighbours and the article's other
// mentions where the tagger alone is unsure. Offsets are bytes in the tagged
// text.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/candidate.h"
#include "extraction/mention_checks.h"
#include "names/alias_table.h"

namespace kiosque::extraction {

// A place or organisation mention that runs on into a person's name
// ("Île-de-France Valérie Pécresse"): the place, then the person.
void split_place_before_person(const std::string& text, const MentionChecks& checks, std::vector<Candidate>& found);

// A place or organisation mention that is an article and a known place
// ("La France a lancé…" opening a sentence, tagged an organisation) is the
// place, without the article.
void retype_places_after_articles(const std::string& text, const names::AliasTable& aliases, const MentionChecks& checks,
                                  std::vector<Candidate>& found);

// Whether text[start, end) names a minister's portfolio ("le ministre de
// l'Action et des Comptes publics", "la secrétaire d'État aux Sports"): a
// field, not an organisation or a place.
bool is_portfolio(const std::string& text, std::size_t start);

// Whether the name at `start` is given to a thing named after a person, by
// the lower-case word before it: "la tour Eiffel", "l'hôpital Necker", "le
// prix Goncourt", "la maladie d'Alzheimer" (French).
bool names_a_thing(const std::string& text, std::size_t start);

// Whether the word at `start` comes right after "l'", "la" or "le".
bool after_article(const std::string& text, std::size_t start);

// Whether, outside English, the word at `start` follows the English "The":
// a title's word ("The Young and the Restless"), never a person's name.
bool after_english_article(const std::string& text, std::size_t start, std::string_view language);

// Whether `name` of several words opens with a German adjective made of a
// town's name ("Wiener", "Grazer", "Berliner"): a street, a firm, a club or
// a town ("Wiener Neustadt"), never a person.
bool starts_with_town_adjective(std::string_view name, const std::string& language, const MentionChecks& checks,
                                const names::AliasTable& aliases);

// A one-word place or organisation that is a word of a person's name in
// the same article ("Laeticia" beside "Laeticia Hallyday", "Van" beside
// "Alexander Van der Bellen") is that person, unless it is a first name the
// lists know as a place ("Paris" of "Paris Hilton").
void retype_parts_of_person_names(const MentionChecks& checks, std::vector<Candidate>& found);

// A name in brackets right after a place is the region it lies in: "Agde
// (Hérault)", "Sury-le-Comtal (Loire)".
void retype_bracketed_regions(const std::string& text, std::vector<Candidate>& found);

// A name coordinated with a known organisation is one too: "pour Orange et
// RTL", "Capgemini et Orange", whatever the lists say of it as a place. In
// a list of three names or more whose known names are all places or all
// organisations, the names no list knows take that type too.
// `known`: whether the lists know a candidate under its type.
void retype_coordinated_names(const std::string& text, const std::function<bool(const Candidate&)>& known,
                              std::vector<Candidate>& found);

// Whether text[start, end) is a point of the compass that situates
// something else ("le Nord de l'Italie", "le Sud du pays"): a direction, not
// the Nord département or a region.
bool is_direction_of(const std::string& text, std::size_t start, std::size_t end);

// One type per name in an article: the type most of its mentions have,
// a known name's (alias table) counting three times, wins for all of them
// ("Figaro" tagged once as a person, twice as an organisation). A word the
// lists know as a place and not as a name gets two place votes for each
// mention on top, unless the tagger saw a person in every mention ("Valls"
// is a town of Catalonia too).
void vote_types(std::vector<Candidate>& found, const std::vector<std::string>& name_of, const names::AliasTable& aliases,
                const MentionChecks& checks);

}  // namespace kiosque::extraction
