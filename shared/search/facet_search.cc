#include "search/facet_search.h"

#include "names/name_key.h"

namespace kiosque::search {

bool key_has_prefix(std::string_view key, std::string_view prefix_key) {
  if (prefix_key.empty()) return true;
  for (std::size_t at = key.find(prefix_key); at != std::string_view::npos; at = key.find(prefix_key, at + 1))
    if (at == 0 || key[at - 1] == ' ') return true;
  return false;
}

std::vector<FacetChoice> choices_with_prefix(const std::vector<FacetChoice>& choices, std::string_view prefix,
                                             std::size_t limit) {
  std::string prefix_key = names::name_key(prefix);
  std::vector<FacetChoice> out;
  for (const FacetChoice& choice : choices) {
    if (limit && out.size() >= limit) break;
    // Entity keys are name keys already and language codes need nothing:
    // only dates ("2023-09", the only keys with a hyphen) are keyed again,
    // as "2023 09". (name_key() on thousands of names costs milliseconds.)
    bool is_date = choice.key.find('-') != std::string::npos;
    if (key_has_prefix(is_date ? names::name_key(choice.key) : choice.key, prefix_key)) out.push_back(choice);
  }
  return out;
}

}  // namespace kiosque::search
