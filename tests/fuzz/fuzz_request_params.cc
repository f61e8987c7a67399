// Fuzz target: a query string as `kiosque serve` receives it, decoded by
// cpp-httplib as for a request, then checked by web/request_params.h for
// /api/search and /api/facet. Bad input must end in an ApiException (a 400),
// never a crash, and what passes must be within the documented limits.
#include <httplib.h>

#include <cstdint>
#include <string>

#include "api_errors.h"
#include "fuzz_check.h"
#include "request_params.h"

using namespace kiosque::web;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string query_string(reinterpret_cast<const char*>(data), size);
  httplib::Params params;
  httplib::detail::parse_query_text(query_string, params);
  try {
    SearchParams p = parse_search_params(params);
    FUZZ_CHECK(p.size >= 1 && p.size <= kMaxPageSize);
    FUZZ_CHECK(p.page >= 1 && static_cast<std::size_t>(p.page * p.size) <= kMaxResultDepth);
    FUZZ_CHECK(p.filters.request.query.size() <= kMaxQueryParamBytes);
  } catch (const ApiException&) {
  }
  try {
    FacetParams p = parse_facet_params(params);
    FUZZ_CHECK(p.limit >= 1 && p.limit <= kMaxFacetValues);
    FUZZ_CHECK(p.prefix.size() <= kMaxValueBytes);
  } catch (const ApiException&) {
  }
  return 0;
}
