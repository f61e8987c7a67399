#include "entity_handler.h"

#include <chrono>
#include <cmath>

#include "api_errors.h"
#include "search/entity_profile.h"
#include "search/entity_profile_json.h"
#include "searcher_pool.h"

namespace kiosque::web {

nlohmann::ordered_json handle_entity(const std::string& db, const std::string& type, const std::string& name,
                                     const Params& params) {
  auto started = std::chrono::steady_clock::now();
  std::optional<facets::Facet> facet = search::parse_entity_facet(type);
  if (!facet) throw ApiException(ApiError::kUnknownFacet, "no entity type '" + type + "': types are person, place, org");
  if (name.empty() || name.size() > kMaxValueBytes)
    throw ApiException(ApiError::kBadParameter, "the entity name must have 1 to " + std::to_string(kMaxValueBytes) + " bytes");
  EntityParams p = parse_entity_params(params);
  search::EntityProfileRequest request;
  request.facet = *facet;
  request.name = name;
  request.scope = p.filters.request;
  request.articles = static_cast<std::size_t>(p.limit);
  request.associations = static_cast<std::size_t>(p.associations);
  nlohmann::ordered_json out = with_searcher(db, [&](search::Searcher& searcher) {
    search::EntityProfile profile = entity_profile(searcher, request);
    if (!profile.known) throw ApiException(ApiError::kNotFound, "no " + type + " '" + name + "' in the index");
    return entity_profile_json(profile);
  });
  out["op"] = p.filters.op;
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  out["timing_ms"] = std::round(ms * 10) / 10;
  return out;
}

}  // namespace kiosque::web
