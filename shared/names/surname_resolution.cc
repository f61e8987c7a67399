#include "names/surname_resolution.h"

#include <algorithm>
#include <set>

#include "names/name_key.h"

namespace kiosque::names {

namespace {

// Lower-case words that may come before a surname's last word: "Le Pen",
// "de Gaulle", "von der Leyen", "Van Gogh", "ben Salmane".
bool is_particle(std::string_view word) {
  static const std::set<std::string, std::less<>> kParticles = {
      "af", "al", "av", "ben", "bin", "d", "da", "das", "de", "del", "della", "dello", "den", "der", "des", "di",
      "do", "dos", "du", "el", "ibn", "l", "la", "le", "les", "mac", "mc", "ten", "ter", "van", "von", "y", "zu"};
  return kParticles.count(name_key(word)) > 0;
}

// The surnames a full name ends with: its last word, and that word with the
// particles before it ("Marine Le Pen": "Pen", "Le Pen"), as name keys.
std::vector<std::string> trailing_surnames(std::string_view name) {
  std::vector<std::string_view> words = space_words(name);
  std::vector<std::string> out;
  if (words.size() < 2 || is_particle(words.back())) return out;
  std::size_t first = words.size() - 1;
  while (true) {
    std::string_view tail(words[first].data(), static_cast<std::size_t>(name.data() + name.size() - words[first].data()));
    out.push_back(name_key(tail));
    if (first <= 1 || !is_particle(words[first - 1])) break;  // a particle cannot start a full name
    --first;
  }
  return out;
}

// The full names ending with one surname key, added up.
struct FullNames {
  std::uint64_t articles = 0;     // of all of them
  const PersonName* best = nullptr;  // the one with most articles; ties: the smaller key
  void add(const PersonName& person) {
    articles += person.articles;
    if (!best || person.articles > best->articles || (person.articles == best->articles && person.key < best->key))
      best = &person;
  }
};

}  // namespace

bool is_surname_only(std::string_view name) {
  std::vector<std::string_view> words = space_words(name);
  if (words.empty() || is_particle(words.back())) return false;
  return std::all_of(words.begin(), words.end() - 1, is_particle);
}

std::optional<std::string_view> SurnameResolution::full_name(std::string_view surname_key) const {
  auto it = full_names_.find(std::string(surname_key));
  if (it == full_names_.end()) return std::nullopt;
  return std::string_view(it->second.full);
}

const std::vector<std::string>& SurnameResolution::indexed_surnames(std::string_view full_key) const {
  static const std::vector<std::string> kNone;
  auto it = indexed_.find(std::string(full_key));
  return it == indexed_.end() ? kNone : it->second;
}

void SurnameResolution::add(const std::string& surname_key, const std::string& full_key, bool indexed) {
  full_names_[surname_key] = {full_key, indexed};
  if (!indexed) return;
  std::vector<std::string>& surnames = indexed_[full_key];
  surnames.insert(std::lower_bound(surnames.begin(), surnames.end(), surname_key), surname_key);
}

std::vector<std::pair<const std::string*, const SurnameResolution::Entry*>> SurnameResolution::sorted() const {
  std::vector<std::pair<const std::string*, const Entry*>> out;
  out.reserve(full_names_.size());
  for (const auto& [surname, entry] : full_names_) out.emplace_back(&surname, &entry);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  return out;
}

SurnameResolution resolve_surnames(const std::vector<PersonName>& persons) {
  std::unordered_map<std::string, FullNames> full_names;          // by surname key (a key suffix)
  std::unordered_map<std::string, std::uint64_t> rival_articles;  // by first word(s) key (a key prefix)
  std::unordered_map<std::string_view, std::uint32_t> lone;       // surname-only values' articles, by key
  std::set<std::string> surnames;                                 // to decide
  std::set<std::string_view> full_keys;                           // a surname that is one stays
  for (const PersonName& person : persons) {
    if (person.articles == 0 || person.key.empty()) continue;
    if (is_surname_only(person.name)) {
      lone[person.key] = person.articles;
      surnames.insert(person.key);
      continue;
    }
    const std::string& key = person.key;
    full_keys.insert(key);
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
      full_names[key.substr(space + 1)].add(person);
      rival_articles[key.substr(0, space)] += person.articles;
    }
    for (std::string& surname : trailing_surnames(person.name))
      if (!surname.empty() && surname != key) surnames.insert(std::move(surname));
  }

  SurnameResolution resolution;
  for (const std::string& surname : surnames) {
    auto found = full_names.find(surname);
    // "Dupont Aignan" written with a space is a full name of its own: its
    // articles are not merged, so neither are its filters.
    if (found == full_names.end() || full_keys.count(surname)) continue;
    const PersonName& best = *found->second.best;
    auto rivals = rival_articles.find(surname);
    std::uint64_t contested = found->second.articles + (rivals == rival_articles.end() ? 0 : rivals->second);
    auto alone = lone.find(surname);
    bool indexed = alone != lone.end();
    if (best.articles < kMinDominantArticles) continue;
    if (std::uint64_t{best.articles} * 100 < kDominantPercent * contested) continue;
    if (indexed && alone->second > best.articles) continue;
    resolution.add(surname, best.key, indexed);
  }
  return resolution;
}

}  // namespace kiosque::names
