#include "extraction/entity_extractor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "analysis/normalize.h"
#include "analysis/stopwords.h"
#include "entities/gazetteer.h"
#include "extraction/known_name_edits.h"
#include "extraction/mention_edits.h"

#include "names/country_aliases.h"
#include "entities/bio_tags.h"
#include "entities/ner_tokenizer.h"
#include "extraction/alias_matcher.h"
#include "extraction/mention_checks.h"
#include "extraction/organisation_names.h"
#include "extraction/person_names.h"
#include "extraction/place_names.h"
#include "extraction/role_mentions.h"
#include "names/name_key.h"

namespace kiosque {

namespace {

using entities::EntityType;

struct Found {
  EntityType type;
  std::size_t start, end;  // in the article's body text
  std::string surface;
  std::string canonical;  // set when the alias table named it
  bool typed_by_context = false;  // its type comes from a known neighbour: it votes as a known name does
};

// Words that join the parts of a person's name: "Ursula von der Leyen",
// "Marie-Claire de la Tour", "Ibn al-Khattab".
bool is_name_particle(std::string_view word) {
  static const char* const kParticles[] = {"von", "van", "der", "den", "de", "la", "du", "des", "di", "da",
                                           "del", "della", "dos", "das", "le", "bin", "ben", "ibn", "al", "el", "y"};
  for (const char* p : kParticles)
    if (word == p) return true;
  return false;
}

// Joins person mentions split by particles the tagger left out.
void merge_split_person_names(const std::string& text, std::vector<Found>& found) {
  std::vector<Found> out;
  for (Found& f : found) {
    if (!out.empty() && f.type == EntityType::kPerson && out.back().type == EntityType::kPerson &&
        out.back().end < f.start) {
      std::string_view gap = std::string_view(text).substr(out.back().end, f.start - out.back().end);
      bool particles_only = true, any = false;
      std::size_t pos = 0;
      while (pos < gap.size() && particles_only) {
        while (pos < gap.size() && gap[pos] == ' ') ++pos;
        if (pos >= gap.size()) break;
        std::size_t end = gap.find(' ', pos);
        if (end == std::string_view::npos) end = gap.size();
        particles_only = is_name_particle(gap.substr(pos, end - pos));
        any = true;
        pos = end;
      }
      // Only particles between them, or nothing at all ("Mahamat" "Idriss Déby").
      if (particles_only && (any || gap.find_first_not_of(' ') == std::string_view::npos)) {
        out.back().end = f.end;
        out.back().surface = text.substr(out.back().start, out.back().end - out.back().start);
        continue;
      }
    }
    out.push_back(std::move(f));
  }
  found.swap(out);
}

// Adds the alias table's names found in the text. A match that covers a
// tagger mention replaces it (the table knows the type and the canonical
// name); a tagger mention longer than the match is kept ("Conseil de sécurité
// de l'ONU" around "ONU"), unless it is of another type and the match has
// several words: a known name of several words ("Europäischen Kommission")
// is not part of a person's name, where one word may be ("Anne de Bretagne").
void add_alias_matches(std::string_view text, const std::vector<AliasMatch>& matches, std::vector<Found>& found) {
  // `found` is sorted by start, and matches do not overlap one another: the
  // mentions a match meets start at most `longest` bytes before it, found by
  // binary search. (Scanning them all made a long article quadratic.)
  std::size_t longest = 0;
  for (const Found& f : found) longest = std::max(longest, f.end - f.start);
  std::vector<bool> removed(found.size(), false);
  std::vector<Found> added;
  for (const AliasMatch& m : matches) {
    // Hyphens join one name ("Haute-Garonne" inside "préfecture de Haute-Garonne").
    const bool several_words = text.substr(m.start, m.end - m.start).find(' ') != std::string_view::npos;
    std::size_t from = m.start > longest ? m.start - longest : 0;
    auto first = std::lower_bound(found.begin(), found.end(), from,
                                  [](const Found& f, std::size_t at) { return f.start < at; });
    auto last = std::lower_bound(first, found.end(), m.end, [](const Found& f, std::size_t at) { return f.start < at; });
    bool inside_longer = false;
    for (auto f = first; f != last; ++f)
      if (!removed[f - found.begin()] && f->start <= m.start && m.end <= f->end &&
          f->end - f->start > m.end - m.start && (f->type == m.type || !several_words))
        inside_longer = true;
    if (inside_longer) continue;
    for (auto f = first; f != last; ++f)
      if (m.start < f->end) removed[f - found.begin()] = true;
    added.push_back({m.type, m.start, m.end, "", m.canonical});
  }
  std::vector<Found> out;
  out.reserve(found.size() + added.size());
  for (std::size_t i = 0; i < found.size(); ++i)
    if (!removed[i]) out.push_back(std::move(found[i]));
  for (Found& a : added) out.push_back(std::move(a));
  std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
  found.swap(out);
}

bool has_upper_case_letter(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_isupper(c)) return true;
  }
  return false;
}

// Trims what a name never starts or ends with: spaces, quotes, punctuation.
void trim_edges(const std::string& text, std::size_t& start, std::size_t& end) {
  auto edge = [](UChar32 c) { return u_isspace(c) || u_ispunct(c) || c == '<' || c == '>'; };
  while (start < end) {
    int32_t i = static_cast<int32_t>(start);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
    if (c >= 0 && !edge(c)) break;
    start = static_cast<std::size_t>(i);
  }
  while (end > start) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(text.data(), static_cast<int32_t>(start), i, c);
    // Keep a final abbreviation dot of an acronym? Names do not end in one.
    if (c >= 0 && !edge(c)) break;
    end = static_cast<std::size_t>(i);
  }
}

// The byte ranges of the article's section headings in body_text().
std::vector<std::pair<std::size_t, std::size_t>> heading_ranges(const Article& article) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t offset = 0;
  for (const TextBlock& block : article.blocks) {
    if (block.kind == BlockKind::kHeading) ranges.emplace_back(offset, offset + block.text.size());
    offset += block.text.size() + Article::kBlockSeparator.size();
  }
  return ranges;
}

// Longest stretch between an organisation's name and the bracketed acronym
// that spells it ("Agence nationale de la sécurité des systèmes
// d'information (ANSSI)": the tagger's name may stop at "Agence nationale").
constexpr std::size_t kMaxLongFormTail = 100;

// The acronym in brackets after an organisation's name `f`, in the same
// sentence and starting with the same letter. Empty if none.
std::string bracketed_acronym(const std::string& text, const Found& f) {
  std::size_t open = text.find('(', f.end);
  if (open == std::string::npos || open - f.end > kMaxLongFormTail) return "";
  std::string_view between = std::string_view(text).substr(f.end, open - f.end);
  if (between.find_first_of(".;)\n") != std::string_view::npos) return "";
  std::size_t close = text.find(')', open);
  if (close == std::string::npos || close - open > 12) return "";
  std::string inside = text.substr(open + 1, close - open - 1);
  if (inside.size() < 2 || !std::all_of(inside.begin(), inside.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == '-' || c == '&' || (static_cast<unsigned char>(c) >= 0x80);
      }))
    return "";
  if (name_key(inside).substr(0, 1) != name_key(f.surface).substr(0, 1)) return "";
  return inside;
}

// Among spellings of one name, prefer the one with accents ("Sergueï" over
// "Serguei"), then the longest.
bool better_spelling(const std::string& a, const std::string& b) {
  auto accents = [](const std::string& s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  };
  if (accents(a) != accents(b)) return accents(a) > accents(b);
  return a.size() > b.size();
}

// The index of the token starting at or after byte `start`.
std::size_t token_index(const std::vector<entities::NerToken>& tokens, std::size_t start) {
  return std::lower_bound(tokens.begin(), tokens.end(), start,
                          [](const entities::NerToken& t, std::size_t at) { return t.start < at; }) -
         tokens.begin();
}

// Adds the words of a list file (one a line, # comments) to `words`, folded.
// A missing file adds nothing: the lists refine extraction, they are not needed.
void read_word_list(const std::filesystem::path& path, std::unordered_set<std::string>& words) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') words.insert(entities::fold_for_gazetteer(line));
  }
}

// The names of an alias file (type, then names separated by '|') by key.
void read_wordlike_names(const std::string& path, WordlikeNames& names) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t pos = line.find_first_of(" \t");
    while (pos != std::string::npos && pos < line.size()) {
      std::size_t end = std::min(line.find('|', pos), line.size());
      std::string name = line.substr(pos, end - pos);
      name.erase(0, name.find_first_not_of(" \t"));
      name.erase(name.find_last_not_of(" \t\r") + 1);
      if (!name.empty()) names[name_key(name)].push_back(name);
      pos = end + 1;
    }
  }
}

// The name keys of the canonical names (first after the type) of an alias file.
void read_canonical_keys(const std::string& path, std::unordered_set<std::string>& keys) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t start = line.find_first_of(" \t");
    if (start == std::string::npos) continue;
    std::string key = name_key(line.substr(start, line.find('|') == std::string::npos ? std::string::npos
                                                                                      : line.find('|') - start));
    if (!key.empty()) keys.insert(key);
  }
}

// Whether the last word of `name` is a word never a name (a month: "Anfang
// April", "Ende Mai").
bool ends_with_not_entity(std::string_view name, const EntityExtractor::WordLists& words) {
  std::size_t space = name.rfind(' ');
  return space != std::string_view::npos && words.not_entities.count(entities::fold_for_gazetteer(name.substr(space + 1)));
}

// Whether `name` of several words opens with a German adjective made of a
// town's name ("Wiener", "Grazer", "Berliner"): a street, a firm, a club or
// a town ("Wiener Neustadt"), never a person.
bool starts_with_town_adjective(std::string_view name, const std::string& language, const MentionChecks& checks,
                                const AliasTable& aliases) {
  if (language != "de") return false;
  std::size_t space = name.find(' ');
  if (space == std::string_view::npos || space < 5 || name.substr(space - 2, 2) != "er") return false;
  std::string town(name.substr(0, space - 2));
  if (checks.is_place_not_name(town)) return true;
  for (const auto& [type, canonical] : aliases.lookup_any(town))
    if (type == EntityType::kPlace) return true;
  return false;
}

// Whether `word` is one word of the title lists or a French title.
bool is_listed_title(std::string_view word, const EntityExtractor::WordLists& words) {
  if (word.find(' ') != std::string_view::npos) return false;
  if (is_person_title(word) || words.titles.count(entities::fold_for_gazetteer(word))) return true;
  const std::string folded = entities::fold_for_gazetteer(word);
  for (const std::string& suffix : words.title_suffixes)
    if (folded.size() > suffix.size() + 2 && folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}

// Where a person's name starts once the listed titles of any language are
// skipped ("Prime Minister", "Bundespräsident", "US-Außenminister"): a word
// of person-titles.*.txt, or a longer word ending like one of
// title-suffixes.*.txt. 0 if it starts with the name; never the last word.
std::size_t listed_titles(std::string_view mention, const EntityExtractor::WordLists& words) {
  std::size_t start = 0;
  while (true) {
    std::size_t space = mention.find(' ', start);
    if (space == std::string_view::npos) return start;
    const std::string folded = entities::fold_for_gazetteer(mention.substr(start, space - start));
    bool title = words.titles.count(folded) > 0;
    for (const std::string& suffix : words.title_suffixes)
      title = title || (folded.size() > suffix.size() + 2 &&
                        folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0);
    if (!title) return start;
    start = space + 1;
  }
}

// Between the title and the body in the tagged text: a sentence end, so
// that no name runs from one into the other.
constexpr std::string_view kTitleSeparator = " .\n\n";

// Whether most words of a title of four words or more are capitalised.
bool title_case(const std::string& title) {
  std::size_t words = 0, capitalised = 0;
  for (std::size_t pos = 0; pos < title.size();) {
    std::size_t end = title.find(' ', pos);
    if (end == std::string::npos) end = title.size();
    if (end > pos) {
      ++words;
      unsigned char c = static_cast<unsigned char>(title[pos]);
      capitalised += (c >= 'A' && c <= 'Z') || c >= 0xC3;
    }
    pos = end + 1;
  }
  return words >= 4 && capitalised * 3 > words * 2;
}

// A place or organisation mention that runs on into a person's name
// ("Île-de-France Valérie Pécresse"): the place, then the person.
void split_place_before_person(const std::string& text, const MentionChecks& checks, std::vector<Found>& found) {
  std::vector<Found> persons;
  for (Found& f : found) {
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
  for (Found& p : persons) found.push_back(std::move(p));
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
}

// Whether the word at `start` comes right after "l'", "la" or "le".
bool after_article(const std::string& text, std::size_t start) {
  std::string_view before = std::string_view(text).substr(0, start);
  for (std::string_view article : {"l'", "L'", "l\xE2\x80\x99", "L\xE2\x80\x99", "la ", "La ", "le ", "Le "}) {
    if (before.size() < article.size() || before.substr(before.size() - article.size()) != article) continue;
    // A whole word: "l'" is not the end of "Nil'"; "le" not of "Gabriele".
    std::size_t at = before.size() - article.size();
    if (at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '(') return true;
  }
  return false;
}

// Whether `word` also occurs in lower case as a whole word of `text`.
bool written_in_lower_case(const std::string& text, const std::string& word) {
  const std::string lower = analysis::lower_case(word);
  if (lower == word) return false;
  for (std::size_t at = text.find(lower); at != std::string::npos; at = text.find(lower, at + 1)) {
    auto boundary = [&](std::size_t pos) {
      if (pos >= text.size()) return true;
      unsigned char c = static_cast<unsigned char>(text[pos]);
      return c < 0x80 && !std::isalnum(c);
    };
    if ((at == 0 || boundary(at - 1)) && boundary(at + lower.size())) return true;
  }
  return false;
}

// A one-word place or organisation that is a word of a person's name in
// the same article ("Laeticia" beside "Laeticia Hallyday") is that person,
// unless the lists know it as a place ("Paris" of "Paris Hilton").
void retype_parts_of_person_names(const MentionChecks& checks, std::vector<Found>& found) {
  std::unordered_set<std::string> name_words;
  for (const Found& f : found)
    if (f.type == EntityType::kPerson && f.surface.find(' ') != std::string::npos) {
      std::string key = name_key(f.surface);
      for (std::size_t pos = 0; pos < key.size();) {
        std::size_t end = std::min(key.find(' ', pos), key.size());
        name_words.insert(key.substr(pos, end - pos));
        pos = end + 1;
      }
    }
  for (Found& f : found)
    if (f.type != EntityType::kPerson && f.surface.find(' ') == std::string::npos &&
        name_words.count(name_key(f.surface)) && !checks.is_place_not_name(f.surface) &&
        !checks.is_acronym_not_place(f.surface))
      f.type = EntityType::kPerson;
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

// A name coordinated with a known organisation is one too: "pour Orange et
// RTL", "Capgemini et Orange", whatever the lists say of it as a place.
void retype_coordinated_organisations(const std::string& text, std::vector<Found>& found) {
  auto linked = [&](const Found& a, const Found& b) {  // a, then b
    if (b.start < a.end) return false;
    std::string_view between = std::string_view(text).substr(a.end, b.start - a.end);
    for (std::string_view link : {" et ", " ou ", " and "})
      if (between.substr(0, link.size()) == link) {
        std::string_view rest = between.substr(link.size());  // an article may follow: "et le Figaro"
        return rest.empty() || rest == "le " || rest == "la " || rest == "les " || rest == "l'" || rest == "the ";
      }
    return false;
  };
  auto known_organisation = [](const Found& f) { return f.type == EntityType::kOrganisation && !f.canonical.empty(); };
  for (std::size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    if (f.type == EntityType::kOrganisation || !f.canonical.empty() || f.surface.find(' ') != std::string::npos)
      continue;
    bool next = i + 1 < found.size() && known_organisation(found[i + 1]) && linked(f, found[i + 1]);
    bool previous = i > 0 && known_organisation(found[i - 1]) && linked(found[i - 1], f);
    if (next || previous) f.type = EntityType::kOrganisation, f.typed_by_context = true;
  }
}

// A name in brackets right after a place is the region it lies in: "Agde
// (Hérault)", "Sury-le-Comtal (Loire)".
void retype_bracketed_regions(const std::string& text, std::vector<Found>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    const Found& place = found[i - 1];
    Found& f = found[i];
    if (place.type != EntityType::kPlace || f.type == EntityType::kPlace || f.start < place.end + 2) continue;
    std::string_view between = std::string_view(text).substr(place.end, f.start - place.end);
    if ((between == " (" || between == "(") && f.end < text.size() && text[f.end] == ')') f.type = EntityType::kPlace;
  }
}

// Cuts product words (known_name_edits.h) off the end of mentions
// ("Vellano Tempesta" -> "Vellano") and drops the mentions left empty.
void cut_product_words(const std::string& text, const std::unordered_set<std::string>& products,
                       std::vector<Found>& found) {
  for (Found& f : found) {
    while (f.end > f.start) {
      std::size_t space = text.rfind(' ', f.end - 1);
      std::size_t word_start = space == std::string::npos || space < f.start ? f.start : space + 1;
      if (!products.count(entities::fold_for_gazetteer(std::string_view(text).substr(word_start, f.end - word_start))))
        break;
      f.end = word_start > f.start ? word_start - 1 : f.start;
    }
    f.surface = text.substr(f.start, f.end - f.start);
  }
  found.erase(std::remove_if(found.begin(), found.end(), [](const Found& f) { return f.surface.empty(); }),
              found.end());
}

// The name each mention stands for (empty: not an entity). Persons: the
// fullest name the mention abbreviates in the article, and persons named by
// their role once introduced with it (added to `found`); in French, a lone
// inflected dictionary word that no longer name explains is not a person
// ("Hospitalisé", "Nouvelles").
// Organisations: a long form followed by "(ACRONYM)" is the acronym.
std::vector<std::string> person_and_organisation_names(const std::string& text, bool french,
                                                       const MentionChecks& checks, std::vector<Found>& found) {
  std::vector<PersonMention> persons;
  std::vector<std::size_t> person_index;  // into `found`
  for (std::size_t i = 0; i < found.size(); ++i)
    if (found[i].type == EntityType::kPerson) {
      persons.push_back({found[i].start, found[i].end, found[i].surface});
      person_index.push_back(i);
    }
  std::vector<std::size_t> full = resolve_person_mentions(persons);
  std::vector<std::string> name_of(found.size());
  for (std::size_t k = 0; k < persons.size(); ++k) {
    const std::string& name = persons[full[k]].surface;
    // Many surnames are dictionary words (Berger, Hidalgo): a lemma is no
    // name only where the text also writes it in lower case ("un cheval").
    const bool lone_word = name.find(' ') == std::string::npos && found[person_index[k]].canonical.empty();
    if (french && lone_word &&
        (checks.is_inflected_word(name) || (checks.is_common_word(name) && written_in_lower_case(text, name))))
      continue;
    name_of[person_index[k]] = name;
  }

  std::vector<NamedSpan> named;
  for (std::size_t k = 0; k < persons.size(); ++k)
    if (!name_of[person_index[k]].empty())
      named.push_back({persons[k].start, persons[k].end, name_of[person_index[k]]});
  for (NamedSpan& role : find_role_mentions(text, named)) {
    found.push_back({EntityType::kPerson, role.start, role.end, text.substr(role.start, role.end - role.start), ""});
    name_of.push_back(std::move(role.person));
  }

  std::unordered_map<std::string, std::string> acronym_of;  // key of long form -> acronym
  for (const Found& f : found)
    if (f.type == EntityType::kOrganisation)
      if (std::string acronym = bracketed_acronym(text, f); !acronym.empty())
        acronym_of[name_key(f.surface)] = acronym;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].type == EntityType::kPerson) continue;
    auto it = acronym_of.find(name_key(found[i].surface));
    name_of[i] = it != acronym_of.end() ? it->second : found[i].surface;
  }
  return name_of;
}

// One type per name in an article: the type most of its mentions have,
// a known name's (alias table) counting three times, wins for all of them
// ("Figaro" tagged once as a person, twice as an organisation). A word the
// lists know as a place and not as a name gets two place votes for each
// mention on top, unless the tagger saw a person in every mention ("Valls"
// is a town of Catalonia too).
void vote_types(std::vector<Found>& found, const std::vector<std::string>& name_of, const AliasTable& aliases,
                const MentionChecks& checks) {
  std::unordered_map<std::string, std::array<int, 3>> votes;  // name key -> votes per type
  std::vector<std::string> keys(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (name_of[i].empty()) continue;
    keys[i] = name_key(found[i].canonical.empty() ? name_of[i] : found[i].canonical);
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

}  // namespace

EntityExtractor::EntityExtractor(entities::Tagger tagger, std::shared_ptr<const AliasTable> aliases, WordLists words)
    : tagger_(std::move(tagger)),
      aliases_(std::move(aliases)),
      matcher_(std::make_shared<AliasMatcher>(*aliases_)),
      words_(std::make_shared<const WordLists>(std::move(words))),
      article_less_names_(std::make_shared<const ArticleLessNames>(article_less_names(words_->wordlike))) {}

EntityExtractor EntityExtractor::load(const std::string& model_path, const std::vector<std::string>& alias_files) {
  auto aliases = std::make_shared<AliasTable>();
  add_country_aliases(*aliases);
  for (const std::string& file : alias_files) aliases->load(file);
  WordLists words;
  const std::filesystem::path names = std::filesystem::path(model_path).parent_path() / "names";
  read_word_list(names / "not-entities.txt", words.not_entities);
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(names, error)) {
    const std::string file = entry.path().filename().string();  // LIST.LANG.txt
    if (entry.path().extension() != ".txt") continue;
    if (file.rfind("common-words.", 0) == 0)
      read_word_list(entry.path(), words.common_words[entry.path().stem().extension().string().substr(1)]);
    if (file.rfind("person-titles.", 0) == 0) read_word_list(entry.path(), words.titles);
    if (file.rfind("title-suffixes.", 0) == 0) {
      std::unordered_set<std::string> suffixes;
      read_word_list(entry.path(), suffixes);
      words.title_suffixes.insert(words.title_suffixes.end(), suffixes.begin(), suffixes.end());
    }
  }
  std::sort(words.title_suffixes.begin(), words.title_suffixes.end());
  for (const std::string& file : alias_files) {
    if (file.find("wordlike") != std::string::npos) read_wordlike_names(file, words.wordlike);
    if (file.find("companies") != std::string::npos) read_canonical_keys(file, words.brands);
  }
  return EntityExtractor(entities::Tagger::load(model_path), std::move(aliases), std::move(words));
}

void EntityExtractor::extract(Article& article) const {
  // The title is tagged with the body, as a reader sees them: its mentions
  // count, but body_text() offsets are what the article keeps. A title in
  // Title Case ("Oil Prices Rise Again") says nothing about names and is
  // left out.
  const std::string body = article.body_text();
  const bool with_title = !article.title_derived && !article.title.empty() && !title_case(article.title);
  const std::string text = with_title ? article.title + std::string(kTitleSeparator) + body : body;
  const std::size_t body_start = with_title ? article.title.size() + kTitleSeparator.size() : 0;
  auto headings = heading_ranges(article);
  for (auto& range : headings) range.first += body_start, range.second += body_start;
  auto in_heading = [&](std::size_t pos) {
    return std::any_of(headings.begin(), headings.end(), [&](auto r) { return pos >= r.first && pos < r.second; });
  };
  const bool french = article.language == "fr" || article.language == "und";
  const entities::Gazetteer& gazetteer = tagger_.model().gazetteer;
  const MentionChecks checks(gazetteer);
  auto common_words = words_->common_words.find(article.language);
  auto is_common_word = [&](std::string_view word) {
    const std::string folded = entities::fold_for_gazetteer(word);
    return (french && checks.is_common_word(word)) || analysis::is_stopword(article.language, folded) ||
           (common_words != words_->common_words.end() && common_words->second.count(folded));
  };

  // 1. Tag the whole text at once: the tagger uses evidence from the whole
  //    text (a surname seen in full elsewhere, a word seen in lower case).
  std::vector<Found> found;
  const std::vector<entities::NerToken> tokens = entities::tokenize_for_ner(text);
  for (const entities::Mention& m : entities::mentions_from_tags(text, tokens, tagger_.tag_tokens(text, tokens))) {
    if (in_heading(m.start)) continue;
    std::size_t start = m.start, end = m.end;
    trim_edges(text, start, end);
    if (m.type == EntityType::kPerson) {
      start += skip_person_titles(std::string_view(text).substr(start, end - start));
      start += checks.name_start(std::string_view(text).substr(start, end - start));
      start += listed_titles(std::string_view(text).substr(start, end - start), *words_);
      if (french) start += checks.leading_common_words(std::string_view(text).substr(start, end - start));
      start = start_after_possessive(text, start, end);
      end = end_before_lower_case_word(text, start, end);
      end = end_without_doubled_word(text, start, end);
      // Titles only ("Foreign Secretary"): no name to join to the next one.
      if (is_listed_title(std::string_view(text).substr(start, end - start), *words_)) continue;
      // A date ("Anfang April") or a town's adjective ("Wiener Linien",
      // "Grazer Straße") is no person.
      if (ends_with_not_entity(std::string_view(text).substr(start, end - start), *words_) ||
          starts_with_town_adjective(std::string_view(text).substr(start, end - start), article.language, checks,
                                     *aliases_))
        continue;
    }
    trim_edges(text, start, end);
    std::string surface = text.substr(start, end - start);
    if (surface.empty() || !has_upper_case_letter(surface)) continue;
    found.push_back({m.type, start, end, std::move(surface), ""});
  }
  split_place_before_person(text, checks, found);

  for (Found& f : found) {
    // An acronym is an organisation's name, unless it is a known place
    // (USA); so is a name ending like a company's ("Ariel Motor Company").
    if (f.type != EntityType::kOrganisation &&
        (checks.is_acronym_not_place(f.surface) || ends_like_organisation(f.surface)))
      f.type = EntityType::kOrganisation;
    if (f.type != EntityType::kPerson) continue;
    // A first name the tagger left in front of the surname ("Eli" "Cohen"),
    // or a particle after a title ("le général de Gaulle").
    const std::size_t tagged_start = f.start;
    f.start = checks.first_name_before(text, f.start);
    // A word no list knows may be a title of another language ("Innenministerin").
    if (f.start != tagged_start && listed_titles(std::string_view(text).substr(f.start, f.end - f.start), *words_))
      f.start = tagged_start;
    if (f.surface.find(' ') == std::string::npos) f.start = start_with_particle(text, f.start);
    f.surface = text.substr(f.start, f.end - f.start);
    // A name after an article ("le préfet de l'Hérault"): persons take none.
    // (A word the lists know as a place may still be a surname, "Valls": the
    // type vote below weighs the lists where the tagger hesitates.)
    if (french && after_article(text, f.start)) f.type = EntityType::kPlace;
  }
  merge_split_person_names(text, found);
  retype_parts_of_person_names(checks, found);
  retype_bracketed_regions(text, found);
  retype_bracketed_regions(text, found);

  // Organisation and place names by their shape, where the tagger found
  // nothing as long.
  auto add_by_shape = [&](EntityType type, const std::vector<Span>& spans) {
    for (const Span& span : spans) {
      if (in_heading(span.start)) continue;
      // A longer mention wins. At equal length the tagger's type stands,
      // except a person: a name after "le groupe" is the group's.
      bool overlaps = std::any_of(found.begin(), found.end(), [&](const Found& f) {
        std::size_t length = f.end - f.start, span_length = span.end - span.start;
        return f.start < span.end && span.start < f.end &&
               (length > span_length || (length == span_length && f.type != EntityType::kPerson));
      });
      if (overlaps) continue;
      found.erase(std::remove_if(found.begin(), found.end(),
                                 [&](const Found& f) { return f.start < span.end && span.start < f.end; }),
                  found.end());
      found.push_back({type, span.start, span.end, text.substr(span.start, span.end - span.start), ""});
    }
  };
  add_by_shape(EntityType::kOrganisation, find_organisation_names(text, tokens, gazetteer, french));
  if (french) {
    add_by_shape(EntityType::kPlace, find_place_names(text, tokens, gazetteer));
    // The place a title opens with ("Drôme : ..."), whatever the tagger saw.
    if (with_title)
      if (auto lead = title_lead_place(text, tokens, article.title.size(), gazetteer)) {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const Found& f) { return f.start < lead->end && lead->start < f.end; }),
                    found.end());
        found.push_back({EntityType::kPlace, lead->start, lead->end, text.substr(lead->start, lead->end - lead->start), ""});
      }
    // Places of the lists in several words, over the pieces the tagger cut.
    for (const Span& span : find_listed_multiword_places(text, tokens, gazetteer)) {
      auto inside = [&](const Found& f) { return f.start < span.end && span.start < f.end; };
      bool longer = std::any_of(found.begin(), found.end(), [&](const Found& f) {
        return inside(f) && (f.start < span.start || f.end > span.end);
      });
      if (longer || in_heading(span.start)) continue;
      found.erase(std::remove_if(found.begin(), found.end(), inside), found.end());
      found.push_back({EntityType::kPlace, span.start, span.end, text.substr(span.start, span.end - span.start), ""});
    }
    // Places of the lists the tagger left untagged.
    for (const Span& span : find_listed_places(text, tokens, gazetteer))
      if (!in_heading(span.start) &&
          std::none_of(found.begin(), found.end(), [&](const Found& f) { return f.start < span.end && span.start < f.end; }))
        found.push_back({EntityType::kPlace, span.start, span.end, text.substr(span.start, span.end - span.start), ""});
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
  // Not names, whoever found them: a function word ("Auch" opening a
  // German sentence), in French one dictionary word. Not names of
  // organisations or places: abbreviations
  // of things (TGV, PIB), codes and models (K20Z3), kinds of bodies ("l'État",
  // "la Commission" alone), a word or a name in capitals in French text
  // ("SONT", "MARTIN"), and in French one dictionary word ("Santé",
  // "Libanais") that no list knows as a place.
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Found& f) {
                               const bool one_word = f.surface.find(' ') == std::string::npos;
                               if (one_word && analysis::is_stopword(article.language,
                                                                     entities::fold_for_gazetteer(f.surface)))
                                 return true;
                               // Outside French, a common word opening a sentence ("Most").
                               if (!french && one_word && is_common_word(f.surface) &&
                                   opens_sentence(text, tokens, token_index(tokens, f.start)))
                                 return true;
                               if (f.type == EntityType::kPerson) return false;
                               if (one_word && is_code(f.surface)) return true;
                               if (french && one_word && !checks.is_acronym_not_place(f.surface) &&
                                   checks.is_common_word(f.surface))
                                 return true;
                               if (is_non_organisation_acronym(f.surface)) return true;  // "Ndlr" too
                               return f.type == EntityType::kOrganisation &&
                                      (is_generic_body(f.surface) ||
                                       (french && is_word_in_capitals(f.surface, gazetteer)));
                             }),
              found.end());

  // 2. Names the alias table knows, in any language; a tagger mention whose
  //    name the table knows under one other type takes that type ("Russia"
  //    is a place, "Kremlin" an organisation). A regional edition is its
  //    network's ("France Bleu Mayenne"); the word after a company's name is
  //    a product's, not an entity.
  std::vector<AliasMatch> matches = matcher_->find(text, tokens, article.language);
  drop_wordlike_matches(text, tokens, article.language, words_->wordlike, matches);
  if (french) add_names_after_articles(text, tokens, *article_less_names_, matches);
  drop_sentence_start_words(text, tokens, is_common_word, matches);
  extend_regional_editions(text, tokens, gazetteer, matches);
  const std::unordered_set<std::string> products = product_words(text, tokens, gazetteer, matches, words_->brands);
  if (!products.empty()) cut_product_words(text, products, found);
  add_alias_matches(text, matches, found);
  for (Found& f : found) {
    if (f.surface.empty()) f.surface = text.substr(f.start, f.end - f.start);
    if (!f.canonical.empty()) continue;
    auto known = aliases_->lookup_any(f.surface);
    if (known.size() == 1) f.type = known.front().first, f.canonical = known.front().second;
  }

  retype_coordinated_organisations(text, found);

  // 3. Names: each person mention takes the fullest name it abbreviates,
  //    persons named by their role once introduced with it, organisations by
  //    the acronym bracketed after their long form.
  std::vector<std::string> name_of = person_and_organisation_names(text, french, checks, found);

  // Outside French, a tagger mention needs evidence besides its capital.
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    if (!f.canonical.empty()) continue;
    bool multi_word = name_of[i].find(' ') != std::string::npos;
    if (!checks.plausible(f.type, f.surface, article.language, multi_word)) name_of[i].clear();
  }

  // 4. One type per name in an article: its mentions vote.
  vote_types(found, name_of, *aliases_, checks);

  // 5. Canonical names: aliases first, else the best spelling seen here.
  //    Never a name of the not-entities list ("Christmas", "MEP", "Tour de
  //    France"), nor an event's ("Festival de Cannes"), nor a title in
  //    quotation marks ("The Walking Dead") unless the lists know it.
  auto is_entity_name = [&](const std::string& name) {
    return !words_->not_entities.count(entities::fold_for_gazetteer(name)) && !is_event_name(name);
  };
  struct Group {
    EntityType type;
    std::string name;
    std::vector<std::pair<std::size_t, std::size_t>> mentions;  // in the body
    std::size_t title_mentions = 0;
    bool from_alias = false;
  };
  std::map<std::pair<int, std::string>, Group> groups;  // (type, key) -> group
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    if (name_of[i].empty() || !is_entity_name(f.surface) || !is_entity_name(name_of[i])) continue;
    if (f.canonical.empty() && is_quoted_title(text, f.start, f.end)) continue;
    if (is_direction_of(text, f.start, f.end)) continue;
    std::optional<std::string> alias = aliases_->canonical(f.type, name_of[i]);
    if (!alias && !f.canonical.empty()) alias = f.canonical;
    std::string name = alias.value_or(name_of[i]);
    std::string key = name_key(name);
    if (key.empty()) continue;
    Group& group = groups[{static_cast<int>(f.type), key}];
    group.type = f.type;
    if (alias)
      group.name = *alias, group.from_alias = true;
    else if (!group.from_alias && (group.name.empty() || better_spelling(name, group.name)))
      group.name = name;
    if (f.start < body_start)
      ++group.title_mentions;
    else
      group.mentions.emplace_back(f.start - body_start, f.end - body_start);
  }

  article.entities.clear();
  for (auto& [id, group] : groups) {
    article.entities.push_back({group.type, group.name, std::move(group.mentions)});
    article.entities.back().title_mentions = group.title_mentions;
  }
  // Most mentioned first; at equal counts, named in the title first, then
  // named earlier.
  auto first_mention = [](const NamedEntity& e) {
    return e.title_mentions ? 0 : e.mentions.front().first + 1;
  };
  std::stable_sort(article.entities.begin(), article.entities.end(), [&](const NamedEntity& a, const NamedEntity& b) {
    if (a.count() != b.count()) return a.count() > b.count();
    return first_mention(a) < first_mention(b);
  });
}

}  // namespace kiosque
