#include "search/name_suggestions.h"

#include <algorithm>
#include <tuple>

#include "names/name_key.h"
#include "search/edit_distance.h"
#include "search/facet_search.h"

namespace kiosque::search {

std::size_t max_name_edits(std::size_t characters) {
  if (characters <= 3) return 0;
  if (characters <= 5) return 1;
  if (characters <= 11) return 2;
  return 3;
}

namespace {

// The parts of a key a typed name is compared with: the key, each word, and
// each run of last words ("nicolas sarkozy", "nicolas", "sarkozy"; "marine
// le pen", "le pen", "pen"...).
std::vector<std::string_view> key_parts(std::string_view key) {
  std::vector<std::string_view> parts = {key};
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t space = key.find(' ', start);
    if (space == std::string_view::npos) break;
    parts.push_back(key.substr(start, space - start));  // a word
    parts.push_back(key.substr(space + 1));             // the words after it
    start = space + 1;
  }
  return parts;
}

}  // namespace

std::vector<std::string> closest_names(std::string_view typed, const std::vector<KnownName>& known,
                                       std::size_t limit) {
  const std::string typed_key = names::name_key(typed);
  if (typed_key.empty()) return {};
  const std::u32string target = code_points(typed_key);
  const std::size_t allowed = max_name_edits(target.size());
  const bool prefix_allowed = target.size() >= kMinPrefixCharacters;

  struct Close {
    std::size_t distance;
    std::uint64_t articles;
    std::string_view name;
  };
  std::vector<Close> close;
  for (const KnownName& candidate : known) {
    std::size_t best = allowed + 1;
    for (std::string_view part : key_parts(candidate.key)) {
      // Keys are mostly ASCII: bytes tell the length well enough to skip
      // what cannot be close.
      std::size_t longer = std::max(part.size(), typed_key.size()), shorter = std::min(part.size(), typed_key.size());
      if (longer - shorter > 2 * best + 4) continue;
      best = std::min(best, edit_distance(target, code_points(part), best));
      if (best == 0) break;
    }
    if (best > 1 && prefix_allowed && key_has_prefix(candidate.key, typed_key)) best = 1;
    if (best <= allowed) close.push_back({best, candidate.articles, candidate.name});
  }
  std::sort(close.begin(), close.end(), [](const Close& a, const Close& b) {
    return std::tie(a.distance, b.articles, a.name) < std::tie(b.distance, a.articles, b.name);
  });
  std::vector<std::string> out;
  for (const Close& c : close) {
    if (out.size() >= limit) break;
    if (std::find(out.begin(), out.end(), c.name) == out.end()) out.emplace_back(c.name);
  }
  return out;
}

}  // namespace kiosque::search
