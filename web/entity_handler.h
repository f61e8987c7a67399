// GET /api/entity/{type}/{name}: a person's, place's or organisation's
// profile (shared/search/entity_profile.h) over the whole archive, or within
// the search its parameters give (q, person, place, org, lang, source, from,
// to, op). Throws ApiException for an unknown type or entity and bad
// parameters, QueryError for a scope that cannot be searched.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "request_params.h"

namespace kiosque::web {

nlohmann::ordered_json handle_entity(const std::string& db, const std::string& type, const std::string& name,
                                     const Params& params);

}  // namespace kiosque::web
