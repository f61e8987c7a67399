#include "extraction/candidate_types.h"

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "entities/gazetteer.h"
#include "extraction/known_name_edits.h"
#include "extraction/mention_edits.h"
#include "names/name_key.h"

namespace kiosque::extraction {

using entities::EntityType;

// A place or organisation mention that runs on into a person's name
// ("Île-de-France Valérie Pécresse"): the place, then the person.
void split_place_before_person(const std::string& text, const MentionChecks& checks, std::vector<Candidate>& found) {
  std::vector<Candidate> persons;
  for (Candidate& f : found) {
    if (f.type == EntityType::kPerson) continue;
    std::size_t first_space = f.surface.find(' ');
    if (first_space == std::string::npos || !checks.is_place_not_name(f.surface.substr(0, first_space))) continue;
    std::size_t name = checks.name_start(f.surface);
    if (name == 0) continue;
    persons.push_back({EntityType::kPerson, f.start + name, f.end, f.surface.substr(name), ""});
    f.end = f.start + name;
    trim_edges(text, f.start, f.end);
    f.surface = text.substr(f.start, f.end - f.start);
  }
  if (persons.empty()) return;
  for (Candidate& p : persons) found.push_back(std::move(p));
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
}

void retype_places_after_articles(const std::string& text, const names::AliasTable& aliases, const MentionChecks& checks,
                                  std::vector<Candidate>& found) {
  for (Candidate& f : found) {
    if (f.type == EntityType::kPerson || !f.canonical.empty()) continue;
    std::string_view surface = f.surface;
    std::size_t skip = 0;
    for (std::string_view article : {"La ", "Le ", "Les ", "L'", "L\xE2\x80\x99"})
      if (surface.substr(0, article.size()) == article) skip = article.size();
    if (skip == 0 || skip >= surface.size() || !aliases.lookup_any(f.surface).empty()) continue;
    std::string rest(surface.substr(skip));
    auto known = aliases.lookup_any(rest);
    bool place = checks.is_place_not_name(rest) ||
                 (known.size() == 1 && known.front().first == EntityType::kPlace);
    if (!place) continue;
    f.start += skip;
    f.surface = text.substr(f.start, f.end - f.start);
    f.type = EntityType::kPlace;
  }
}

bool is_portfolio(const std::string& text, std::size_t start) {
  // "<title> de l'", "<title> de la", "<title> du", "<title> des", "<title> aux", "<title> à la"
  std::string_view before = std::string_view(text).substr(0, start);
  for (std::string_view link : {" de l'", " de l\xE2\x80\x99", " de la ", " du ", " des ", " aux ", " \xC3\xA0 la ",
                                " au ", " d'", " d\xE2\x80\x99"}) {
    if (before.size() < link.size() || before.substr(before.size() - link.size()) != link) continue;
    std::string_view head = before.substr(0, before.size() - link.size());
    std::size_t space = head.find_last_of(" \n");
    std::string_view word = head.substr(space == std::string_view::npos ? 0 : space + 1);
    // A minister's, not any title's: "le président du Sénat" names the Sénat.
    return word == "ministre" || word == "ministres" || word == "Ministre" || word == "\xC3\xA9tat" ||
           word == "\xC3\x89tat";  // (secrétaire d')État
  }
  return false;
}

bool names_a_thing(const std::string& text, std::size_t start) {
  static const std::unordered_set<std::string> kThings = {
      "rue", "avenue", "boulevard", "place", "quai", "allee", "impasse", "square", "pont", "tour", "porte",
      "gare", "station", "stade", "lycee", "college", "ecole", "universite", "hopital", "clinique", "institut",
      "fondation", "musee", "salle", "theatre", "prix", "trophee", "hotel", "chateau", "parc", "jardin",
      "aeroport"};
  // ("la loi Macron" still names Macron: laws are left alone.)
  static const std::unordered_set<std::string> kNamedAfter = {"maladie", "syndrome", "effet"};
  auto word_before = [&](std::size_t at) -> std::pair<std::string_view, std::size_t> {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = text.find_last_of(" \n'(", end == 0 ? 0 : end - 1);
    begin = begin == std::string::npos ? 0 : begin + 1;
    return {std::string_view(text).substr(begin, end - begin), begin};
  };
  // "maladie d'Alzheimer": past the elided "d'".
  for (std::string_view elided : {" d'", " d\xE2\x80\x99"})
    if (start >= elided.size() && std::string_view(text).substr(start - elided.size(), elided.size()) == elided) {
      auto [thing, ignored] = word_before(start - elided.size() + 1);
      return kNamedAfter.count(entities::fold_for_gazetteer(thing)) > 0;
    }
  auto [word, begin] = word_before(start);
  const bool lower_case = !word.empty() && ((word[0] >= 'a' && word[0] <= 'z') || static_cast<unsigned char>(word[0]) == 0xC3);
  if (!lower_case) return false;
  const std::string folded = entities::fold_for_gazetteer(word);
  if (kThings.count(folded)) return text[begin + word.size()] == ' ';
  // "maladie d'Alzheimer", "syndrome de Down", "effet Streisand".
  if (kNamedAfter.count(folded)) return true;
  if (folded == "de" || folded == "d" || folded == "du") {
    auto [thing, ignored] = word_before(begin);
    return kNamedAfter.count(entities::fold_for_gazetteer(thing)) > 0;
  }
  return false;
}

// Whether the word at `start` comes right after "l'", "la" or "le".
namespace {

// Whether `before` ends with one of `articles` as a whole word.
bool ends_with_article(std::string_view text, std::string_view before, std::initializer_list<std::string_view> articles) {
  for (std::string_view article : articles) {
    if (before.size() < article.size() || before.substr(before.size() - article.size()) != article) continue;
    // A whole word: "l'" is not the end of "Nil'"; "le" not of "Gabriele".
    std::size_t at = before.size() - article.size();
    if (at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '(') return true;
  }
  return false;
}

}  // namespace

bool after_article(const std::string& text, std::size_t start) {
  return ends_with_article(text, std::string_view(text).substr(0, start),
                           {"l'", "L'", "l\xE2\x80\x99", "L\xE2\x80\x99", "la ", "La ", "le ", "Le "});
}

bool after_english_article(const std::string& text, std::size_t start, std::string_view language) {
  return language != "en" && ends_with_article(text, std::string_view(text).substr(0, start), {"The "});
}

// Whether `name` of several words opens with a German adjective made of a
// town's name ("Wiener", "Grazer", "Berliner"): a street, a firm, a club or
// a town ("Wiener Neustadt"), never a person.
bool starts_with_town_adjective(std::string_view name, const std::string& language, const MentionChecks& checks,
                                const names::AliasTable& aliases) {
  if (!capitalises_nouns(language)) return false;  // German and Luxembourgish
  std::size_t space = name.find(' ');
  if (space == std::string_view::npos || space < 5 || name.substr(space - 2, 2) != "er") return false;
  std::string town(name.substr(0, space - 2));
  if (checks.is_place_not_name(town)) return true;
  for (const auto& [type, canonical] : aliases.lookup_any(town))
    if (type == EntityType::kPlace) return true;
  return false;
}

// A one-word place or organisation that is a word of a person's name in
// the same article ("Laeticia" beside "Laeticia Hallyday", "Van" beside
// "Alexander Van der Bellen") is that person, unless it is a first name the
// lists know as a place ("Paris" of "Paris Hilton").
void retype_parts_of_person_names(const MentionChecks& checks, std::vector<Candidate>& found) {
  std::unordered_set<std::string> first_words, later_words;  // of person names of several words
  for (const Candidate& f : found)
    if (f.type == EntityType::kPerson && f.surface.find(' ') != std::string::npos) {
      std::string key = names::name_key(f.surface);
      std::vector<std::string_view> words = names::space_words(key);
      first_words.emplace(words.front());
      for (std::size_t i = 1; i < words.size(); ++i) later_words.emplace(words[i]);
    }
  for (Candidate& f : found) {
    if (f.type == EntityType::kPerson || f.surface.find(' ') != std::string::npos ||
        checks.is_acronym_not_place(f.surface))
      continue;
    const std::string key = names::name_key(f.surface);
    // A surname or a particle ("Valls", "Van" of "Van der Bellen") is the
    // person's even where the lists know a place of that name.
    if (later_words.count(key) || (first_words.count(key) && !checks.is_place_not_name(f.surface)))
      f.type = EntityType::kPerson;
  }
}

// A name in brackets right after a place is the region it lies in: "Agde
// (Hérault)", "Sury-le-Comtal (Loire)".
void retype_bracketed_regions(const std::string& text, std::vector<Candidate>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    const Candidate& place = found[i - 1];
    Candidate& f = found[i];
    if (place.type != EntityType::kPlace || f.type == EntityType::kPlace || f.start < place.end + 2) continue;
    std::string_view between = std::string_view(text).substr(place.end, f.start - place.end);
    if ((between == " (" || between == "(") && f.end < text.size() && text[f.end] == ')') f.type = EntityType::kPlace;
  }
}

namespace {

// Whether b follows a in a coordination: "a et b", "a, b", "a ou la b".
bool coordinated(const std::string& text, const Candidate& a, const Candidate& b, bool comma) {
  if (b.start < a.end) return false;
  std::string_view between = std::string_view(text).substr(a.end, b.start - a.end);
  for (std::string_view link : {" et ", " ou ", " and ", " or ", " und ", " oder ", ", "}) {
    if (link == ", " && !comma) continue;
    if (between.substr(0, link.size()) == link) {
      std::string_view rest = between.substr(link.size());  // an article may follow: "et le Figaro"
      return rest.empty() || rest == "le " || rest == "la " || rest == "les " || rest == "l'" || rest == "the ";
    }
  }
  return false;
}

}  // namespace

// A name coordinated with a known organisation is one too: "pour Orange et
// RTL", "Capgemini et Orange", whatever the lists say of it as a place.
// And a list of three names or more whose known names are all of one type
// is of that type throughout ("à Rennes, Nice et Brest", "Enedis, Dalkia
// et Engie"): the name the tagger took for a person there is not one.
void retype_coordinated_names(const std::string& text, const std::function<bool(const Candidate&)>& known,
                              std::vector<Candidate>& found) {
  // One word the lists do not know as what it is taken for: a tagger's guess.
  auto retypable = [&](const Candidate& f) { return !known(f) && f.surface.find(' ') == std::string::npos; };
  for (std::size_t i = 0; i < found.size(); ++i) {
    Candidate& f = found[i];
    if (f.type == EntityType::kOrganisation || !f.canonical.empty() || f.surface.find(' ') != std::string::npos)
      continue;
    auto organisation = [&](const Candidate& g) { return g.type == EntityType::kOrganisation && known(g); };
    bool next = i + 1 < found.size() && organisation(found[i + 1]) && coordinated(text, f, found[i + 1], false);
    bool previous = i > 0 && organisation(found[i - 1]) && coordinated(text, found[i - 1], f, false);
    if (next || previous) f.type = EntityType::kOrganisation, f.typed_by_context = true;
  }
  for (std::size_t first = 0; first < found.size();) {
    std::size_t last = first;
    while (last + 1 < found.size() && coordinated(text, found[last], found[last + 1], true)) ++last;
    const std::size_t members = last - first + 1;
    int known_members = 0;
    bool one_type = true;
    EntityType type = EntityType::kPerson;
    for (std::size_t i = first; i <= last; ++i) {
      if (!known(found[i])) continue;
      if (known_members++ == 0) type = found[i].type;
      one_type = one_type && found[i].type == type;
    }
    if (members >= 3 && known_members >= 2 && one_type && type != EntityType::kPerson)
      for (std::size_t i = first; i <= last; ++i)
        if (found[i].type != type && retypable(found[i])) found[i].type = type, found[i].typed_by_context = true;
    first = last + 1;
  }
}

// Whether text[start, end) is a point of the compass that situates
// something else ("le Nord de l'Italie", "le Sud du pays"): a direction, not
// the Nord département or a region.
bool is_direction_of(const std::string& text, std::size_t start, std::size_t end) {
  static const std::unordered_set<std::string> kDirections = {"nord", "sud", "est", "ouest", "nord-est",
                                                              "nord-ouest", "sud-est", "sud-ouest"};
  if (!kDirections.count(entities::fold_for_gazetteer(std::string_view(text).substr(start, end - start))))
    return false;
  std::string_view after = std::string_view(text).substr(end, 5);
  return after.substr(0, 4) == " de " || after.substr(0, 4) == " du " || after.substr(0, 5) == " des " ||
         after.substr(0, 3) == " d'" || after.substr(0, 4) == " d\xE2\x80";
}

// One type per name in an article: the type most of its mentions have,
// a known name's (alias table) counting three times, wins for all of them
// ("Figaro" tagged once as a person, twice as an organisation). A word the
// lists know as a place and not as a name gets two place votes for each
// mention on top, unless the tagger saw a person in every mention ("Valls"
// is a town of Catalonia too).
void vote_types(std::vector<Candidate>& found, const std::vector<std::string>& name_of, const names::AliasTable& aliases,
                const MentionChecks& checks) {
  std::unordered_map<std::string, std::array<int, 3>> votes;  // name key -> votes per type
  std::vector<std::string> keys(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (name_of[i].empty()) continue;
    keys[i] = names::name_key(found[i].canonical.empty() ? name_of[i] : found[i].canonical);
    bool known = !found[i].canonical.empty() || found[i].typed_by_context ||
                 aliases.canonical(found[i].type, name_of[i]);
    votes[keys[i]][static_cast<int>(found[i].type)] += known ? 3 : 1;
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (keys[i].empty()) continue;
    auto& v = votes[keys[i]];
    const bool hesitates = v[static_cast<int>(EntityType::kPerson)] < v[0] + v[1] + v[2];  // not a person only
    if (hesitates && checks.is_place_not_name(name_of[i])) v[static_cast<int>(EntityType::kPlace)] += 2;
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (keys[i].empty()) continue;
    const auto& v = votes[keys[i]];
    int best = static_cast<int>(found[i].type);
    for (int t = 0; t < 3; ++t)
      if (v[t] > v[best]) best = t;
    found[i].type = static_cast<EntityType>(best);
  }
}

}  // namespace kiosque::extraction
