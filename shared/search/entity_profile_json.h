// An entity profile (entity_profile.h) as JSON: the body of
// GET /api/entity/{type}/{name} and of `kiosque entity --json`, one shape
// for both (README "HTTP API" describes it).
#pragma once

#include <nlohmann/json.hpp>

#include "search/entity_profile.h"

namespace kiosque::search {

nlohmann::ordered_json entity_profile_json(const EntityProfile& profile);

}  // namespace kiosque::search
