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
  for (Facet facet : value_facets()) names.emplace_back(facet_name(facet));
  names.insert(names.end(), {"from", "to", "op", "correct"});
  return names;
}();
const std::vector<std::string> kSearchNames = {"page", "size", "sort", "collapse", "facet_limit"};
const std::vector<std::string> kFacetNames = {"prefix", "limit"};

[[noreturn]] void refuse(ApiError error, const std::string& message) { throw ApiException(error, message); }

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
      refuse(ApiError::kUnknownParameter, "unknown parameter '" + name + "': this endpoint takes " +
                                              (all.empty() ? std::string("none") : join(all)));
    if (check_text(value)) refuse(ApiError::kBadParameter, name + ": not UTF-8 text");
  }
}

// The one value of a parameter that may not repeat, or "".
std::string single(const Params& params, const std::string& name) {
  auto [first, last] = params.equal_range(name);
  if (first == last) return "";
  if (std::next(first) != last) refuse(ApiError::kBadParameter, name + ": give it once");
  return first->second;
}

std::vector<std::string> repeated(const Params& params, const std::string& name) {
  std::vector<std::string> values;
  auto [first, last] = params.equal_range(name);
  for (auto it = first; it != last; ++it) {
    if (it->second.empty()) continue;  // "person=" from an empty form field
    if (it->second.size() > kMaxValueBytes)
      refuse(ApiError::kLimitExceeded, name + ": a value is longer than " + std::to_string(kMaxValueBytes) + " bytes");
    if (std::find(values.begin(), values.end(), it->second) == values.end()) values.push_back(it->second);
  }
  return values;
}

long number(const Params& params, const std::string& name, long fallback, long min, long max) {
  std::string text = single(params, name);
  if (text.empty()) return fallback;
  auto range = [&] { return "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max); };
  if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
    refuse(ApiError::kBadParameter, name + ": " + range() + ", got '" + text + "'");
  long value = std::stol(text);
  if (value < min || value > max)
    refuse(ApiError::kBadParameter, name + ": " + range() + ", got " + text);
  return value;
}

std::string choice(const Params& params, const std::string& name, const std::vector<std::string>& allowed) {
  std::string value = single(params, name);
  if (value.empty()) return allowed.front();
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    refuse(ApiError::kBadParameter, name + ": expected '" + join(allowed, "' or '") + "', got '" + value + "'");
  return value;
}

Filters parse_filters(const Params& params) {
  Filters f;
  SearchRequest& r = f.request;
  r.query = single(params, "q");
  if (r.query.size() > kMaxQueryParamBytes)
    refuse(ApiError::kLimitExceeded, "q: longer than " + std::to_string(kMaxQueryParamBytes) + " bytes");
  std::size_t values = 0;
  std::vector<std::string> names;
  for (Facet facet : value_facets()) {
    std::string name(facet_name(facet));
    std::vector<std::string> chosen = repeated(params, name);
    values += chosen.size();
    names.push_back(name);
    if (!chosen.empty()) r.selected[facet] = std::move(chosen);
  }
  if (values > kMaxFilterValues) {
    std::string last = names.back();
    names.pop_back();
    refuse(ApiError::kLimitExceeded, "too many filter values (" + std::to_string(values) + "): " + join(names) + " and " +
                                         last + " take " + std::to_string(kMaxFilterValues) + " together");
  }
  r.from = single(params, "from");
  r.to = single(params, "to");
  if (r.from.size() > kMaxValueBytes || r.to.size() > kMaxValueBytes)
    refuse(ApiError::kBadParameter, "from, to: expected YYYY, YYYY-MM or YYYY-MM-DD");
  f.op = choice(params, "op", {"or", "and"});
  r.entity_match = f.op == "and" ? EntityMatch::kAll : EntityMatch::kAny;
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
  if (static_cast<std::size_t>(p.page * p.size) > kMaxResultDepth)
    refuse(ApiError::kBadParameter, "page: page * size may not pass " + std::to_string(kMaxResultDepth) +
                                        " results; refine the query instead");
  p.sort = choice(params, "sort", {"relevance", "date"});
  p.collapse = choice(params, "collapse", {"true", "false"}) == "true";
  p.facet_limit = number(params, "facet_limit", kDefaultFacetValues, 1, kMaxFacetValues);
  return p;
}

FacetParams parse_facet_params(const Params& params) {
  check_names(params, {kFilterNames, kFacetNames});
  FacetParams p;
  p.filters = parse_filters(params);
  p.prefix = single(params, "prefix");
  if (p.prefix.size() > kMaxValueBytes)
    refuse(ApiError::kLimitExceeded, "prefix: longer than " + std::to_string(kMaxValueBytes) + " bytes");
  p.limit = number(params, "limit", kDefaultFacetSearchValues, 1, kMaxFacetValues);
  return p;
}

void expect_no_params(const Params& params) { check_names(params, {}); }

}  // namespace kiosque::web
