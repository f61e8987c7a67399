#include "request_params.h"

#include <algorithm>

#include "api_errors.h"
#include "archive/utf8_check.h"

namespace kiosque::web {

namespace {

// q, the facets selected by value (person, place, org, lang...), from, to, op,
// correct (false: no automatic correction of q).
const std::vector<std::string> kFilterNames = [] {
  std::vector<std::string> names = {"q"};
  for (facets::Facet facet : facets::value_facets()) names.emplace_back(facet_name(facet));
  names.insert(names.end(), {"from", "to", "op", "correct"});
  return names;
}();
const std::vector<std::string> kSearchNames = {"page", "size", "sort", "collapse", "facet_limit", "rank"};
const std::vector<std::string> kFacetNames = {"prefix", "limit"};
const std::vector<std::string> kExportNames = {"format", "sort"};
const std::vector<std::string> kEntityNames = {"limit", "associations"};

using json = nlohmann::ordered_json;

[[noreturn]] void refuse(ApiError error, const std::string& message, const std::string& reason, json params) {
  throw ApiException(error, message, reason, std::move(params));
}

std::string join(const std::vector<std::string>& names, const std::string& separator = ", ") {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : separator) + name;
  return out;
}

// Every parameter name is known, and every value is UTF-8.
void check_names(const Params& params, const std::vector<std::vector<std::string>>& allowed) {
  std::vector<std::string> all;
  for (const auto& names : allowed) all.insert(all.end(), names.begin(), names.end());
  for (const auto& [name, value] : params) {
    if (std::find(all.begin(), all.end(), name) == all.end())
      refuse(ApiError::kUnknownParameter,
             "unknown parameter '" + name + "': this endpoint takes " + (all.empty() ? std::string("none") : join(all)),
             "unknown_parameter", {{"parameter", name}, {"allowed", all}});
    if (archive::check_text(value)) refuse(ApiError::kBadParameter, name + ": not UTF-8 text", "not_utf8", {{"parameter", name}});
  }
}

// The one value of a parameter that may not repeat, or "".
std::string single(const Params& params, const std::string& name) {
  auto [first, last] = params.equal_range(name);
  if (first == last) return "";
  if (std::next(first) != last) refuse(ApiError::kBadParameter, name + ": give it once", "repeated", {{"parameter", name}});
  return first->second;
}

std::vector<std::string> repeated(const Params& params, const std::string& name) {
  std::vector<std::string> values;
  auto [first, last] = params.equal_range(name);
  for (auto it = first; it != last; ++it) {
    if (it->second.empty()) continue;  // "person=" from an empty form field
    if (it->second.size() > kMaxValueBytes)
      refuse(ApiError::kLimitExceeded, name + ": a value is longer than " + std::to_string(kMaxValueBytes) + " bytes",
             "too_long", {{"parameter", name}, {"max", kMaxValueBytes}});
    if (std::find(values.begin(), values.end(), it->second) == values.end()) values.push_back(it->second);
  }
  return values;
}

long number(const Params& params, const std::string& name, long fallback, long min, long max) {
  std::string text = single(params, name);
  if (text.empty()) return fallback;
  auto range = [&] { return "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max); };
  json why = {{"parameter", name}, {"min", min}, {"max", max}, {"value", text}};
  if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
    refuse(ApiError::kBadParameter, name + ": " + range() + ", got '" + text + "'", "bad_number", why);
  long value = std::stol(text);
  if (value < min || value > max) refuse(ApiError::kBadParameter, name + ": " + range() + ", got " + text, "bad_number", why);
  return value;
}

std::string choice(const Params& params, const std::string& name, const std::vector<std::string>& allowed) {
  std::string value = single(params, name);
  if (value.empty()) return allowed.front();
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    refuse(ApiError::kBadParameter, name + ": expected '" + join(allowed, "' or '") + "', got '" + value + "'",
           "bad_choice", {{"parameter", name}, {"allowed", allowed}, {"value", value}});
  return value;
}

// Without words there is nothing to rank by: newest first, unless asked.
std::string sort_order(const Params& params, const Filters& filters) {
  bool words = filters.request.query.find_first_not_of(" \t\r\n") != std::string::npos;
  return choice(params, "sort", words ? std::vector<std::string>{"relevance", "date"}
                                      : std::vector<std::string>{"date", "relevance"});
}

Filters parse_filters(const Params& params) {
  Filters f;
  search::SearchRequest& r = f.request;
  r.query = single(params, "q");
  if (r.query.size() > kMaxQueryParamBytes)
    refuse(ApiError::kLimitExceeded, "q: longer than " + std::to_string(kMaxQueryParamBytes) + " bytes", "too_long",
           {{"parameter", "q"}, {"max", kMaxQueryParamBytes}});
  std::size_t values = 0;
  std::vector<std::string> names;
  for (facets::Facet facet : facets::value_facets()) {
    std::string name(facet_name(facet));
    std::vector<std::string> chosen = repeated(params, name);
    values += chosen.size();
    names.push_back(name);
    if (!chosen.empty()) r.selected[facet] = std::move(chosen);
  }
  if (values > kMaxFilterValues) {
    std::string last = names.back();
    names.pop_back();
    refuse(ApiError::kLimitExceeded,
           "too many filter values (" + std::to_string(values) + "): " + join(names) + " and " + last + " take " +
               std::to_string(kMaxFilterValues) + " together",
           "too_many_filters", {{"count", values}, {"max", kMaxFilterValues}});
  }
  r.from = single(params, "from");
  r.to = single(params, "to");
  if (r.from.size() > kMaxValueBytes || r.to.size() > kMaxValueBytes)
    refuse(ApiError::kBadParameter, "from, to: expected YYYY, YYYY-MM or YYYY-MM-DD", "bad_date", {{"parameter", "from"}});
  f.op = choice(params, "op", {"or", "and"});
  r.entity_match = f.op == "and" ? search::EntityMatch::kAll : search::EntityMatch::kAny;
  r.autocorrect = choice(params, "correct", {"true", "false"}) == "true";
  r.match_all_when_empty = true;
  return f;
}

}  // namespace

SearchParams parse_search_params(const Params& params) {
  check_names(params, {kFilterNames, kSearchNames});
  SearchParams p;
  p.filters = parse_filters(params);
  p.size = number(params, "size", 10, 1, kMaxPageSize);
  p.page = number(params, "page", 1, 1, static_cast<long>(kMaxResultDepth));
  if (p.page > last_served_page(p.size))
    refuse(ApiError::kBadParameter,
           "page: page * size may not pass " + std::to_string(kMaxResultDepth) + " results (at size " +
               std::to_string(p.size) + ", the last page is " + std::to_string(last_served_page(p.size)) +
               "); narrow the search with words, filters or dates instead",
           "page_too_deep", {{"page", p.page}, {"max_page", last_served_page(p.size)}, {"max_results", kMaxResultDepth}});
  p.sort = sort_order(params, p.filters);
  p.collapse = choice(params, "collapse", {"true", "false"}) == "true";
  p.news_signals = choice(params, "rank", {"news", "bm25"}) == "news";
  p.facet_limit = number(params, "facet_limit", kDefaultFacetValues, 1, kMaxFacetValues);
  return p;
}

ExportParams parse_export_params(const Params& params) {
  check_names(params, {kFilterNames, kExportNames});
  ExportParams p;
  p.filters = parse_filters(params);
  if (single(params, "format").empty())
    refuse(ApiError::kBadParameter, "format: give format=csv or format=jsonl", "bad_choice",
           {{"parameter", "format"}, {"allowed", {"csv", "jsonl"}}, {"value", ""}});
  p.format = choice(params, "format", {"csv", "jsonl"});
  p.sort = sort_order(params, p.filters);
  return p;
}

SimilarParams parse_similar_params(const Params& params) {
  std::vector<std::string> filters(kFilterNames.begin() + 1, kFilterNames.end());  // all but q
  check_names(params, {filters, {"limit"}});
  SimilarParams p;
  p.filters = parse_filters(params);
  p.limit = number(params, "limit", p.limit, 1, kMaxSimilar);
  return p;
}

Filters parse_feed_params(const Params& params) {
  check_names(params, {kFilterNames});
  return parse_filters(params);
}

FacetParams parse_facet_params(const Params& params) {
  check_names(params, {kFilterNames, kFacetNames});
  FacetParams p;
  p.filters = parse_filters(params);
  p.prefix = single(params, "prefix");
  if (p.prefix.size() > kMaxValueBytes)
    refuse(ApiError::kLimitExceeded, "prefix: longer than " + std::to_string(kMaxValueBytes) + " bytes", "too_long",
           {{"parameter", "prefix"}, {"max", kMaxValueBytes}});
  p.limit = number(params, "limit", kDefaultFacetSearchValues, 1, kMaxFacetValues);
  return p;
}

std::string parse_doc_params(const Params& params) {
  check_names(params, {{"q"}});
  std::string q = single(params, "q");
  if (q.size() > kMaxQueryParamBytes)
    refuse(ApiError::kLimitExceeded, "q: longer than " + std::to_string(kMaxQueryParamBytes) + " bytes", "too_long",
           {{"parameter", "q"}, {"max", kMaxQueryParamBytes}});
  return q;
}

EntityParams parse_entity_params(const Params& params) {
  check_names(params, {kFilterNames, kEntityNames});
  EntityParams p;
  p.filters = parse_filters(params);
  p.limit = number(params, "limit", 10, 0, kMaxEntityList);
  p.associations = number(params, "associations", 10, 0, kMaxEntityList);
  return p;
}

void expect_no_params(const Params& params) { check_names(params, {}); }

}  // namespace kiosque::web
