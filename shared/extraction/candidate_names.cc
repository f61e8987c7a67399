#include "extraction/candidate_names.h"

#include <algorithm>
#include <unordered_map>

#include "analysis/normalize.h"
#include "entities/gazetteer.h"
#include "extraction/person_names.h"
#include "extraction/role_mentions.h"
#include "names/name_key.h"

namespace kiosque::extraction {

using entities::EntityType;

namespace {

// Longest stretch between an organisation's name and the bracketed acronym
// that spells it ("Agence nationale de la sécurité des systèmes
// d'information (ANSSI)": the tagger's name may stop at "Agence nationale").
constexpr std::size_t kMaxLongFormTail = 100;

// The acronym in brackets after an organisation's name `f`, in the same
// sentence and starting with the same letter. Empty if none.
std::string bracketed_acronym(const std::string& text, const Candidate& f) {
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
  if (names::name_key(inside).substr(0, 1) != names::name_key(f.surface).substr(0, 1)) return "";
  return inside;
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

// Where a person's name ends once particles led by "von" or "van" and the
// capitalised name after them are added: "Agnès" + " von der Mühll",
// "Rafael" + " van der Vaart" (the tagger knows particles from French names
// only). `end` when none follow.
std::size_t end_after_foreign_particles(const std::string& text, std::size_t end) {
  std::size_t pos = end;
  bool foreign = false;
  while (pos < text.size() && text[pos] == ' ') {
    std::size_t word_end = text.find_first_of(" .,;:!?()\n\"", pos + 1);
    if (word_end == std::string::npos) word_end = text.size();
    std::string_view word = std::string_view(text).substr(pos + 1, word_end - pos - 1);
    if (word.empty()) break;
    if (!analysis::starts_upper_case(word)) {
      if (!is_name_particle(word)) break;
      foreign = foreign || word == "von" || word == "van";
      pos = word_end;
      continue;
    }
    if (!foreign || pos == end) break;
    return word_end;
  }
  return end;
}

}  // namespace

// Joins person mentions split by particles the tagger left out.
void merge_split_person_names(const std::string& text, std::vector<Candidate>& found) {
  std::vector<Candidate> out;
  for (Candidate& f : found) {
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

void add_foreign_particle_names(const std::string& text, const MentionChecks& checks, std::vector<Candidate>& found) {
  for (Candidate& f : found)
    if (f.type == EntityType::kPerson && checks.is_first_name(f.surface)) {
      f.end = end_after_foreign_particles(text, f.end);
      f.surface = text.substr(f.start, f.end - f.start);
    }
}

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
                       const std::function<bool(const Candidate&)>& plausible, std::vector<Candidate>& found) {
  // `found` is sorted by start, and matches do not overlap one another: the
  // mentions a match meets start at most `longest` bytes before it, found by
  // binary search. (Scanning them all made a long article quadratic.)
  std::size_t longest = 0;
  for (const Candidate& f : found) longest = std::max(longest, f.end - f.start);
  std::vector<bool> removed(found.size(), false);
  std::vector<Candidate> added;
  for (const AliasMatch& m : matches) {
    // Hyphens join one name ("Haute-Garonne" inside "préfecture de Haute-Garonne").
    const bool several_words = text.substr(m.start, m.end - m.start).find(' ') != std::string_view::npos;
    std::size_t from = m.start > longest ? m.start - longest : 0;
    auto first = std::lower_bound(found.begin(), found.end(), from,
                                  [](const Candidate& f, std::size_t at) { return f.start < at; });
    auto last = std::lower_bound(first, found.end(), m.end, [](const Candidate& f, std::size_t at) { return f.start < at; });
    // An organisation with only lower-case words before the known
    // organisation ("journal Le Monde", "agence Santé publique France"): a
    // kind of body, not a longer name. (Not a place inside one: "préfecture
    // de Haute-Garonne", nor a place's cue: "île Maurice".)
    auto kind_before = [&](const Candidate& f) {
      if (f.end != m.end || f.start >= m.start || f.type != entities::EntityType::kOrganisation ||
          m.type != entities::EntityType::kOrganisation)
        return false;
      std::string_view before = text.substr(f.start, m.start - f.start);
      return std::none_of(before.begin(), before.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    bool inside_longer = false;
    for (auto f = first; f != last; ++f)
      if (!removed[f - found.begin()] && f->start <= m.start && m.end <= f->end &&
          f->end - f->start > m.end - m.start && (f->type == m.type || !several_words) && plausible(*f) &&
          !kind_before(*f))
        inside_longer = true;
    if (inside_longer) continue;
    for (auto f = first; f != last; ++f)
      if (m.start < f->end) removed[f - found.begin()] = true;
    added.push_back({m.type, m.start, m.end, "", m.canonical});
  }
  std::vector<Candidate> out;
  out.reserve(found.size() + added.size());
  for (std::size_t i = 0; i < found.size(); ++i)
    if (!removed[i]) out.push_back(std::move(found[i]));
  for (Candidate& a : added) out.push_back(std::move(a));
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  found.swap(out);
}

// Cuts product words (known_name_edits.h) off the end of mentions
// ("Vellano Tempesta" -> "Vellano") and drops the mentions left empty.
void cut_product_words(const std::string& text, const std::unordered_set<std::string>& products,
                       std::vector<Candidate>& found) {
  for (Candidate& f : found) {
    while (f.end > f.start) {
      std::size_t space = text.rfind(' ', f.end - 1);
      std::size_t word_start = space == std::string::npos || space < f.start ? f.start : space + 1;
      if (!products.count(entities::fold_for_gazetteer(std::string_view(text).substr(word_start, f.end - word_start))))
        break;
      f.end = word_start > f.start ? word_start - 1 : f.start;
    }
    f.surface = text.substr(f.start, f.end - f.start);
  }
  found.erase(std::remove_if(found.begin(), found.end(), [](const Candidate& f) { return f.surface.empty(); }),
              found.end());
}

// The name each mention stands for (empty: not an entity). Persons: the
// fullest name the mention abbreviates in the article, and persons named by
// their role once introduced with it (added to `found`); in French, a lone
// inflected dictionary word that no longer name explains is not a person
// ("Hospitalisé", "Nouvelles").
// Organisations: a long form followed by "(ACRONYM)" is the acronym.
std::vector<std::string> person_and_organisation_names(const std::string& text, bool french,
                                                       const MentionChecks& checks, std::vector<Candidate>& found) {
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
        (checks.is_inflected_word(name) || checks.is_demonym(name) ||
         (checks.is_common_word(name) && written_in_lower_case(text, name))))
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
  for (const Candidate& f : found)
    if (f.type == EntityType::kOrganisation)
      if (std::string acronym = bracketed_acronym(text, f); !acronym.empty())
        acronym_of[names::name_key(f.surface)] = acronym;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].type == EntityType::kPerson) continue;
    auto it = acronym_of.find(names::name_key(found[i].surface));
    name_of[i] = it != acronym_of.end() ? it->second : found[i].surface;
  }
  return name_of;
}

}  // namespace kiosque::extraction
