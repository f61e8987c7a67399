#include "similar_handler.h"

#include <chrono>
#include <cmath>

#include "api_errors.h"
#include "search/similar_articles.h"
#include "searcher_pool.h"

namespace kiosque::web {

nlohmann::ordered_json handle_similar(const std::string& db, const std::string& id, const Params& params) {
  using json = nlohmann::ordered_json;
  auto started = std::chrono::steady_clock::now();
  SimilarParams p = parse_similar_params(params);
  auto found = with_searcher(db, [&](search::Searcher& searcher) {
    return similar_articles(searcher, id, p.filters.request, static_cast<std::size_t>(p.limit));
  });
  if (!found) throw ApiException(ApiError::kNotFound, "no article with id '" + id + "'", "no_article", {{"id", id}});
  json similar = json::array();
  for (const search::SearchHit& hit : *found)
    similar.push_back({{"id", hit.id},
                       {"title", hit.title},
                       {"date", hit.date ? json(hit.date->iso()) : json(nullptr)},
                       {"source", hit.source},
                       {"score", hit.score}});
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return {{"id", id}, {"similar", std::move(similar)}, {"timing_ms", std::round(ms * 10) / 10}};
}

}  // namespace kiosque::web
