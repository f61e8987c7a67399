#include "search/facet_selection.h"

#include <algorithm>

#include "query/date_range.h"

namespace kiosque::search {

namespace {

bool disjunctive(const SearchRequest& request, facets::Facet facet) {
  if (!has_selection(request, facet)) return false;
  return facet_kind(facet) == facets::FacetKind::kEntity ? request.entity_match == EntityMatch::kAny : true;
}

// `request` as `main` searched it (its correction and relaxation), without
// the selection of `facet`, counting every value.
SearchRequest without_selection(const SearchRequest& request, const SearchResults& main, facets::Facet facet) {
  SearchRequest out = as_searched(request, main);
  if (is_date_facet(facet))
    out.from.clear(), out.to.clear();
  else
    out.selected.erase(facet);
  out.offset = out.limit = 0;
  out.facets = true;
  // Only the facets this search is for: the date range's are all counted
  // together (facet_choices), the others one by one.
  out.counted_facets.clear();
  for (facets::Facet other : facets::kAllFacets)
    if (is_date_facet(facet) ? is_date_facet(other) : other == facet) out.counted_facets.push_back(other);
  out.match_all_when_empty = true;
  out.suggest = false;
  return out;
}

bool date_selected(const SearchRequest& request, const std::string& value) {
  if (request.from.empty() && request.to.empty()) return false;
  // The value's first and last days against the range's (query/date_range.h).
  auto first = query::date_bound(value, false), last = query::date_bound(value, true);
  auto from = request.from.empty() ? std::optional<std::string>("00000000") : query::date_bound(request.from, false);
  auto to = request.to.empty() ? std::optional<std::string>("99999999") : query::date_bound(request.to, true);
  if (!first || !last || !from || !to) return false;  // "undated"
  return *from <= *first && *last <= *to;
}

// (key, name as given) of each selected value of an entity or language facet.
std::vector<std::pair<std::string, std::string>> selected_keys(Searcher& searcher, const SearchRequest& request,
                                                               facets::Facet facet) {
  std::vector<std::pair<std::string, std::string>> keys;
  const facets::FacetInfo& row = facet_info(facet);
  for (const std::string& value : request.values(facet)) {
    switch (row.kind) {
      case facets::FacetKind::kEntity: keys.emplace_back(searcher.entity_key(row.entity_type, value), value); break;
      case facets::FacetKind::kCode:
      case facets::FacetKind::kName: keys.emplace_back(facet_key(facet, value), value); break;
      case facets::FacetKind::kDate: break;  // selected by the date range
      case facets::FacetKind::kMentionedDate: keys.emplace_back(value, value); break;
    }
  }
  return keys;
}

}  // namespace

bool has_selection(const SearchRequest& request, facets::Facet facet) {
  if (is_date_facet(facet)) return !request.from.empty() || !request.to.empty();
  return !request.values(facet).empty();
}

FacetChoices facet_choices(Searcher& searcher, const SearchRequest& request, const SearchResults& main,
                           const std::vector<facets::Facet>& facets, std::size_t limit) {
  std::map<facets::Facet, SearchResults> unselected;  // by selection: person, place, org, lang, year (all dates)
  FacetChoices out;
  for (facets::Facet facet : facets) {
    const SearchResults* source = &main;
    if (disjunctive(request, facet)) {
      facets::Facet group = is_date_facet(facet) ? facets::Facet::kYear : facet;
      auto it = unselected.find(group);
      if (it == unselected.end()) it = unselected.emplace(group, searcher.search(without_selection(request, main, facet))).first;
      source = &it->second;
    }
    auto values = source->facets.find(facet);
    std::vector<std::pair<std::string, std::string>> keys = selected_keys(searcher, request, facet);
    std::vector<FacetChoice>& choices = out[facet];
    std::size_t listed = 0;
    if (values != source->facets.end()) {
      for (const facets::FacetValue& v : values->second) {
        bool selected = is_date_facet(facet) ? date_selected(request, v.key)
                                       : std::any_of(keys.begin(), keys.end(), [&](const auto& k) { return k.first == v.key; });
        if (is_date_facet(facet) || limit == 0 || listed < limit || selected) choices.push_back({v.value, v.key, v.count, selected});
        ++listed;
      }
    }
    // Selected values past the lists: their own count, or 0 under the name
    // the request gave.
    for (const auto& [key, name] : keys) {
      bool present = std::any_of(choices.begin(), choices.end(), [&key = key](const FacetChoice& c) { return c.key == key; });
      if (present) continue;
      facets::FacetValue value = source->facet_counts ? source->facet_counts->value(facet, key) : facets::FacetValue{{}, key, 0};
      choices.push_back({value.count ? value.value : name, key, value.count, true});
    }
  }
  return out;
}

}  // namespace kiosque::search
