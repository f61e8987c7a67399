// A filter suggestion as the CLI's --json and the HTTP API show it:
// {"facet", "value", "suggestions": [...], "ambiguous": bool}. Works with
// nlohmann::json and nlohmann::ordered_json alike.
#pragma once

#include <vector>

#include "facets/facet.h"
#include "search/searcher.h"

namespace kiosque::search {

template <typename Json>
Json filter_suggestions_json(const std::vector<FilterSuggestion>& suggestions) {
  Json out = Json::array();
  for (const FilterSuggestion& s : suggestions)
    out.push_back(Json{{"facet", facet_name(s.facet)},
                       {"value", s.value},
                       {"suggestions", s.suggestions},
                       {"ambiguous", s.ambiguous}});
  return out;
}

}  // namespace kiosque::search
