// Archive-level resolution of persons named by their surname alone: an
// article that says only "Sarkozy" is about Nicolas Sarkozy when the archive
// names one person of that surname far more than any other.
//
// Within one article the extractor already joins "Sarkozy" to a "Nicolas
// Sarkozy" named before it; this joins articles that never give the full
// name. It runs over the person values of a whole index with their article
// counts (FacetTable builds it, facets/facet_table.h), so it depends on the
// index content alone, not on the order articles were read in: indexing the
// same archive again gives the same resolution, and more articles may
// refine it.
//
// The rule, for a surname S (a name of one word, or particles and one word:
// "Sarkozy", "Dupont-Aignan", "Le Pen", "de Gaulle", "von der Leyen"):
//   - the full names of S are the other person values whose name key ends
//     with S's key ("nicolas sarkozy", "carla bruni sarkozy");
//   - the rivals of S are the person values whose key starts with S's key:
//     the word used as a first name ("Philippe Martinez" against "Édouard
//     Philippe");
//   - S resolves to the full name F with the most articles when F has at
//     least kMinDominantArticles articles, at least kDominantPercent % of the
//     articles of S's full names and rivals together, and at least as many
//     as the value S itself (a lone "Figaro" with 700 articles is a
//     newspaper, not the "X Figaro" of 5).
// So an ambiguous surname stays apart: "Le Pen" (Marine 1032 articles,
// Jean-Marie 149, Marion Maréchal-Le Pen 60: 82%), "Fillon" (François 606,
// Penelope 71: 86%), "Philippe" (a first name as often as a surname).
// Sums count an article once per value, so an article naming two persons of
// one surname counts for each: the share errs towards keeping them apart.
//
// What it is not: a way to join spellings (name_key.h) or languages
// (alias_table.h), nor a judgement on one article's context: a resolved
// surname means the dominant person in every article of the index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosque::names {

// The dominant full name holds at least this share of the articles of the
// surname's full names and rivals. Below it, a second person has a real
// share (Jean-Marie Le Pen's 12%, Penelope Fillon's 10%).
inline constexpr std::uint64_t kDominantPercent = 90;
// And at least this many articles: one or two articles are not evidence.
inline constexpr std::uint32_t kMinDominantArticles = 3;

// A person value of the index: its name key, the name shown, its articles.
struct PersonName {
  std::string key;
  std::string name;
  std::uint32_t articles = 0;
};

// Whether `name` is a surname alone: one word (hyphens and apostrophes
// inside: "Dupont-Aignan", "O'Brien"), or particles and one word ("Le Pen",
// "de Gaulle", "von der Leyen").
bool is_surname_only(std::string_view name);

class SurnameResolution {
 public:
  // The full-name key `surname_key` resolves to: "sarkozy" -> "nicolas
  // sarkozy"; nullopt for a full name, an ambiguous or an unknown surname.
  std::optional<std::string_view> full_name(std::string_view surname_key) const;
  // The surname keys, indexed as person values, that resolve to
  // `full_key`: the terms a filter on that person matches besides its own.
  const std::vector<std::string>& indexed_surnames(std::string_view full_key) const;

  // Records that `surname_key` resolves to `full_key`; `indexed`: the index
  // has the surname as a person value.
  void add(const std::string& surname_key, const std::string& full_key, bool indexed);
  // Calls f(surname_key, full_key, indexed) for each surname, in key order.
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [surname, entry] : sorted()) f(*surname, entry->full, entry->indexed);
  }
  std::size_t size() const { return full_names_.size(); }
  bool empty() const { return full_names_.empty(); }

 private:
  struct Entry {
    std::string full;
    bool indexed = false;
  };
  std::vector<std::pair<const std::string*, const Entry*>> sorted() const;

  std::unordered_map<std::string, Entry> full_names_;                  // by surname key
  std::unordered_map<std::string, std::vector<std::string>> indexed_;  // by full key, sorted
};

// The resolution of every surname of `persons` (the person values of an
// index with their article counts, in any order; each key once): surnames
// that are values themselves, and surnames of full names, so that a
// search for "Valls" finds "Manuel Valls" in an archive that never writes
// "Valls" alone.
SurnameResolution resolve_surnames(const std::vector<PersonName>& persons);

}  // namespace kiosque::names
