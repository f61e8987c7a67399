#include "search_handler.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "entity_json.h"
#include "search/collapsed_search.h"
#include "search/filter_suggestion_json.h"
#include "search/snippet.h"
#include "searcher_pool.h"

namespace kiosque::web {

namespace {

// Entities listed per result: the most mentioned.
constexpr std::size_t kResultEntities = 5;

using json = nlohmann::ordered_json;

json date_json(const std::optional<PublicationDate>& date) { return date ? json(date->iso()) : json(nullptr); }

json top_entities(std::vector<NamedEntity> entities) {
  std::stable_sort(entities.begin(), entities.end(),
                   [](const NamedEntity& a, const NamedEntity& b) { return a.count() > b.count(); });
  if (entities.size() > kResultEntities) entities.resize(kResultEntities);
  json out = json::array();
  for (const NamedEntity& e : entities)
    out.push_back(entity_json<json>(e));
  return out;
}

search::CollapsedResults search_uncollapsed(search::Searcher& searcher, const search::SearchRequest& request) {
  search::CollapsedResults out;
  out.results = searcher.search(request);
  for (search::SearchHit& hit : out.results.hits) out.hits.push_back({std::move(hit), {}});
  out.results.hits.clear();
  return out;
}

std::vector<std::string> ids_of(const std::vector<search::SearchHit>& hits) {
  std::vector<std::string> ids;
  for (const search::SearchHit& hit : hits) ids.push_back(hit.id);
  return ids;
}

// The other versions of a result: enough to recognise and open each.
json versions_json(const std::vector<search::SearchHit>& duplicates) {
  json out = json::array();
  for (const search::SearchHit& d : duplicates)
    out.push_back({{"id", d.id}, {"title", d.title}, {"date", date_json(d.date)}, {"source", d.source}});
  return out;
}

}  // namespace

json choices_json(const std::vector<search::FacetChoice>& choices) {
  json out = json::array();
  out.get_ref<json::array_t&>().reserve(choices.size());
  for (const search::FacetChoice& c : choices) {
    // Field by field: an initializer list would build each pair as a JSON
    // array first, and an answer lists hundreds of values (every month).
    json choice = json::object();
    choice.emplace("value", c.value);
    choice.emplace("count", c.count);
    choice.emplace("selected", c.selected);
    out.push_back(std::move(choice));
  }
  return out;
}

json handle_search(const std::string& db, const Params& params) {
  auto started = std::chrono::steady_clock::now();
  SearchParams p = parse_search_params(params);
  search::SearchRequest request = p.filters.request;
  request.offset = static_cast<std::size_t>((p.page - 1) * p.size);
  request.limit = static_cast<std::size_t>(p.size);
  request.sort = p.sort == "date" ? search::SortOrder::kDate : search::SortOrder::kRelevance;
  request.news_signals = p.news_signals;
  request.facets = true;
  request.facet_limit = static_cast<std::size_t>(p.facet_limit);

  return with_searcher(db, [&](search::Searcher& searcher) {
    search::CollapsedResults found = p.collapse ? search_collapsed(searcher, request) : search_uncollapsed(searcher, request);
    search::FacetChoices facets = facet_choices(searcher, request, found.results, facets::listed_facets(),
                                        static_cast<std::size_t>(p.facet_limit));
    search::SnippetMaker& snippets = searcher.snippet_maker();
    search::HighlightTerms terms = search::highlight_terms(found.results.text_query);
    json results = json::array();
    for (search::CollapsedHit& c : found.hits) {
      search::SearchHit& hit = c.hit;
      results.push_back({{"id", hit.id},
                         {"title", hit.title},
                         {"date", date_json(hit.date)},
                         {"lang", hit.language},
                         {"source", hit.source},
                         {"score", hit.score},
                         {"url", hit.url},
                         {"snippet", snippets.make(hit.text, hit.language, terms)},
                         {"entities", top_entities(std::move(hit.entities))},
                         {"duplicates", c.duplicates.size()},
                         {"duplicate_ids", ids_of(c.duplicates)},
                         {"versions", versions_json(c.duplicates)}});
    }
    json facet_lists = json::object();
    for (facets::Facet facet : facets::listed_facets()) facet_lists[std::string(facet_name(facet))] = choices_json(facets[facet]);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return json{{"query", request.query},
                {"total", found.results.total},
                {"total_exact", true},
                {"below_floor", found.results.below_floor},
                {"newest_first", found.results.newest_first},
                {"page", p.page},
                {"size", p.size},
                {"max_page", last_served_page(p.size)},
                {"sort", p.sort},
                {"op", p.filters.op},
                {"results", std::move(results)},
                {"facets", std::move(facet_lists)},
                {"suggestion", found.results.suggestion ? json(*found.results.suggestion) : json(nullptr)},
                {"searched_query", found.results.searched_query},
                {"corrected_from", found.results.corrected_from ? json(*found.results.corrected_from) : json(nullptr)},
                {"optional_words", found.results.optional_words},
                {"filter_suggestions", search::filter_suggestions_json<json>(found.results.filter_suggestions)},
                {"timing_ms", std::round(ms * 10) / 10}};
  });
}

}  // namespace kiosque::web
