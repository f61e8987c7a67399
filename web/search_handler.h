// GET /api/search: ranked, filtered results with snippets, near-duplicates
// collapsed, and facet counts for navigation (README "HTTP API" gives the
// JSON). Throws ApiException for bad parameters, QueryError for a query that
// cannot be searched.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "request_params.h"
#include "search/facet_selection.h"

namespace kiosque::web {

nlohmann::ordered_json handle_search(const std::string& db, const Params& params);

// {"value", "count", "selected"} for each choice.
nlohmann::ordered_json choices_json(const std::vector<search::FacetChoice>& choices);

}  // namespace kiosque::web
