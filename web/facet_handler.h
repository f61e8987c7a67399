// GET /api/facet/NAME: the values of one facet whose name starts with what
// the user typed (any word, accents and case aside), counted for the current
// query and filters, for facets with thousands of values (persons). Throws
// ApiException (unknown facet, bad parameters) and QueryError.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "request_params.h"

namespace kiosque::web {

// GET /api/facets: the facets the page lists, in display order, each with
// its name (the API parameter and the key in /api/search's "facets"), kind
// ("entity", "code", "name", "date": how the page shows and selects it) and
// query field, so that the page knows them from kFacetTable (facets/facet.h)
// instead of naming them.
nlohmann::ordered_json handle_facet_list();

nlohmann::ordered_json handle_facet(const std::string& db, const std::string& name, const Params& params);

}  // namespace kiosque::web
