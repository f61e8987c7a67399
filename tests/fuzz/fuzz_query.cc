// Fuzz target: the query language (query/query_syntax.h, text_query.h), as
// `kiosque search` and /api/search receive it, and the date bounds of
// --from/--to and date:. A query that cannot be searched must end in
// QueryError with a position inside it, never a crash.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "query/date_range.h"
#include "query/query_error.h"
#include "query/query_syntax.h"
#include "query/text_query.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string query(reinterpret_cast<const char*>(data), size);
  try {
    kiosque::query::parse_query_syntax(query);
  } catch (const kiosque::query::QueryError& e) {
    FUZZ_CHECK(e.position() <= query.size() + 1);
  }
  static kiosque::query::TextQuery text_query({"fr", "en", "de"});
  try {
    text_query.parse(query);
  } catch (const kiosque::query::QueryError& e) {
    FUZZ_CHECK(e.position() <= query.size() + 1);
  }
  if (size < 40) {
    kiosque::query::date_bound(query, false);
    kiosque::query::date_bound(query, true);
  }
  return 0;
}
