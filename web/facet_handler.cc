#include "facet_handler.h"

#include <chrono>
#include <cmath>

#include "api_errors.h"
#include "search/facet_search.h"
#include "search_handler.h"
#include "searcher_pool.h"

namespace kiosque::web {

namespace {

const char* kind_name(facets::FacetKind kind) {
  switch (kind) {
    case facets::FacetKind::kEntity: return "entity";
    case facets::FacetKind::kCode: return "code";
    case facets::FacetKind::kName: return "name";
    case facets::FacetKind::kDate: return "date";
    case facets::FacetKind::kMentionedDate: return "mentioned";
  }
  return "";
}

}  // namespace

nlohmann::ordered_json handle_facet_list() {
  nlohmann::ordered_json facets = nlohmann::ordered_json::array();
  for (facets::Facet facet : facets::listed_facets()) {
    const facets::FacetInfo& row = facet_info(facet);
    facets.push_back({{"name", row.name}, {"kind", kind_name(row.kind)}, {"field", row.field}});
  }
  return {{"facets", std::move(facets)}};
}

nlohmann::ordered_json handle_facet(const std::string& db, const std::string& name, const Params& params) {
  auto started = std::chrono::steady_clock::now();
  std::optional<facets::Facet> facet = facets::parse_facet(name);
  if (!facet) {
    std::string names;
    for (facets::Facet f : facets::kAllFacets) names += (names.empty() ? "" : ", ") + std::string(facet_name(f));
    throw ApiException(ApiError::kUnknownFacet, "no facet '" + name + "': facets are " + names);
  }
  FacetParams p = parse_facet_params(params);
  search::SearchRequest request = p.filters.request;
  request.limit = 0;
  request.facets = true;
  request.facet_limit = 0;
  request.suggest = false;
  return with_searcher(db, [&](search::Searcher& searcher) {
    search::SearchResults main = searcher.search(request);
    search::FacetChoices choices = facet_choices(searcher, request, main, {*facet}, 0);
    const std::vector<search::FacetChoice>& all = choices[*facet];
    std::vector<search::FacetChoice> matching = choices_with_prefix(all, p.prefix, 0);
    bool more = matching.size() > static_cast<std::size_t>(p.limit);
    if (more) matching.resize(static_cast<std::size_t>(p.limit));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return nlohmann::ordered_json{{"facet", name},        {"prefix", p.prefix},   {"op", p.filters.op},
                          {"total", main.total},  {"values", choices_json(matching)},
                          {"more", more},         {"timing_ms", std::round(ms * 10) / 10}};
  });
}

}  // namespace kiosque::web
