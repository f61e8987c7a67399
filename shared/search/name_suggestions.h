// "Vouliez-vous dire …": the known names offered for an entity filter value
// that matches no entity of the index (`--person Sarkozi`, `person:Sarkozi`,
// `&person=Sarkozi`), so that a misspelled name is not a silent empty page.
//
// Candidates are the values of the filter's facet (persons, places or
// organisations) that some article has, compared by name key
// (names/name_key.h: case, accents, hyphens and script aside). A candidate
// is close when the typed key, or a word or the last words of the
// candidate's key ("sarkozy", "le pen"), lies within a few edits of it
// (kMaxEdits by length), or when a word of the candidate starts with it
// ("sarko" -> "Nicolas Sarkozy", counted as one edit). The closest come
// first, then the most frequent: "Sarkozi" offers "Nicolas Sarkozy" before
// "Louis Sarkozy".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosque::search {

// Names offered at most.
inline constexpr std::size_t kMaxNameSuggestions = 5;
// A typed word starting a candidate's word counts as close from this many
// characters on ("sar" is too vague).
inline constexpr std::size_t kMinPrefixCharacters = 4;

// Edits allowed between the typed key and a part of a candidate's key, by
// the typed key's length in characters: none up to 3 ("kim" must be a
// word), 1 up to 5, 2 up to 11, then 3.
std::size_t max_name_edits(std::size_t characters);

struct KnownName {
  std::string_view key;   // name key
  std::string_view name;  // as shown
  std::uint64_t articles = 0;
};

// The names of `known` closest to `typed` (as the user wrote it), closest
// first, then most frequent, then by name; at most `limit`.
std::vector<std::string> closest_names(std::string_view typed, const std::vector<KnownName>& known,
                                       std::size_t limit = kMaxNameSuggestions);

}  // namespace kiosque::search
