// GET /api/facet/NAME: the values of one facet whose name starts with what
// the user typed (any word, accents and case aside), counted for the current
// query and filters, for facets with thousands of values (persons). Throws
// ApiException (unknown facet, bad parameters) and QueryError.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "request_params.h"

namespace kiosque::web {

nlohmann::ordered_json handle_facet(const std::string& db, const std::string& name, const Params& params);

}  // namespace kiosque::web
