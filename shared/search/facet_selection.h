// Facet counts for faceted navigation: each value with its count and whether
// the request selects it, selected values always listed.
//
// A facet whose selected values combine with "any" (languages, the date
// range for years and months, entities under EntityMatch::kAny) is counted
// disjunctively: by one more search without that facet's own selection, so
// its counts say what choosing another value would add. Other facets are
// counted over the request's own results (under EntityMatch::kAll, choosing
// one more person narrows the results to that count).
//
// A year or month is selected when the request's date range covers it whole.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "search/searcher.h"

namespace kiosque::search {

struct FacetChoice {
  std::string value;  // shown: "Vladimir Poutine", "2023-09", "fr"
  std::string key;    // compared: name key for entities, else the value
  std::size_t count = 0;
  bool selected = false;
};

using FacetChoices = std::map<facets::Facet, std::vector<FacetChoice>>;

// Counts `facets` for `request`. `main` is `request`'s own search, run with
// facets and facet_limit at least `limit` (0: every value). `limit`: values listed per entity
// or language facet, most frequent first (0: all; dates are always all), plus
// any selected value past it; a selected value no article has is listed
// with count 0 under the name the request gave. Throws what search() throws.
FacetChoices facet_choices(Searcher& searcher, const SearchRequest& request, const SearchResults& main,
                           const std::vector<facets::Facet>& facets, std::size_t limit);

// True when the request selects at least one value of `facet`.
bool has_selection(const SearchRequest& request, facets::Facet facet);

}  // namespace kiosque::search
