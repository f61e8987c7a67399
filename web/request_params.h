// Reading and checking the JSON API's query-string parameters, in one place:
// their names, defaults and limits, so that every endpoint refuses bad input
// alike (ApiException, a 400 naming the parameter and the fix) and nothing
// unchecked reaches the searcher.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "search/searcher.h"

namespace kiosque::web {

// Query-string parameters, decoded, in order; a name may repeat.
using Params = std::multimap<std::string, std::string>;

// Limits: a request over one is refused, not truncated.
inline constexpr std::size_t kMaxQueryParamBytes = 1000; // q
inline constexpr std::size_t kMaxValueBytes = 200;       // one filter value, prefix
inline constexpr std::size_t kMaxFilterValues = 20;      // person + place + org + lang values together
inline constexpr long kMaxPageSize = 100;                // size
inline constexpr std::size_t kMaxResultDepth = 10000;    // page * size: deeper pages are refused
inline constexpr long kDefaultFacetValues = 10;          // facet_limit of /api/search
inline constexpr long kMaxFacetValues = 1000;            // facet_limit, and limit of /api/facet
inline constexpr long kDefaultFacetSearchValues = 50;    // limit of /api/facet

// The filters and query shared by /api/search and /api/facet: q, person,
// place, org, lang (repeatable), from, to, op.
struct Filters {
  search::SearchRequest request;  // query, entity and language filters, dates, entity_match
  std::string op;         // "and" or "or", as answered
};

struct SearchParams {
  Filters filters;
  long page = 1, size = 10;
  std::string sort = "relevance";
  bool news_signals = true;  // rank=news (default) or rank=bm25
  bool collapse = true;
  long facet_limit = kDefaultFacetValues;
};

struct ExportParams {
  Filters filters;
  std::string format;  // "csv" or "jsonl"
  std::string sort;    // as /api/search: relevance with words, date without
};

struct SimilarParams {
  Filters filters;  // its query is empty: only the filters apply
  long limit = 5;
};

struct FacetParams {
  Filters filters;
  std::string prefix;
  long limit = kDefaultFacetSearchValues;
};

// The last page /api/search serves at `size` results a page.
inline long last_served_page(long size) { return static_cast<long>(kMaxResultDepth) / size; }

// /api/entity/{type}/{name}: the scope's filters, articles listed per list
// (limit) and associated entities per type (associations).
struct EntityParams {
  Filters filters;
  long limit = 10;
  long associations = 10;
};
inline constexpr long kMaxEntityList = 100;  // limit and associations of /api/entity

// /api/search: the filters plus page, size, sort, collapse, facet_limit.
SearchParams parse_search_params(const Params& params);
// /api/export: the filters plus format (required), sort.
ExportParams parse_export_params(const Params& params);
// /api/similar/ID: the filters but q, plus limit (1 to kMaxSimilar).
inline constexpr long kMaxSimilar = 50;
SimilarParams parse_similar_params(const Params& params);
// /feed.atom: the filters (its entries are the newest matches).
Filters parse_feed_params(const Params& params);
// /api/facet/NAME: the filters plus prefix, limit.
FacetParams parse_facet_params(const Params& params);
// /api/doc/ID: q, optional (the words to highlight).
std::string parse_doc_params(const Params& params);

// /api/entity/{type}/{name}: the filters plus limit, associations.
EntityParams parse_entity_params(const Params& params);
// Endpoints without parameters (/healthz, /api/doc): refuses any.
void expect_no_params(const Params& params);

}  // namespace kiosque::web
