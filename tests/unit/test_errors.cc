// The one table of failures (errors.h): what an exception is, and the HTTP
// status and exit code each kind answers with.
#include <doctest/doctest.h>
#include <xapian.h>

#include <set>
#include <stdexcept>
#include <string>

#include "errors.h"
#include "query/query_error.h"

using namespace kiosque;

namespace {

template <typename E>
Failure failure_from(const E& error) {
  try {
    throw error;
  } catch (...) {
    return failure_of(std::current_exception());
  }
}

}  // namespace

TEST_CASE("failure_of: the kind of a caught exception, with a message and a detail") {
  Failure query = failure_from(query::QueryError("unbalanced quote at character 1"));
  CHECK(query.kind == ErrorKind::kBadQuery);
  CHECK(error_info(query.kind).http_status == 400);
  CHECK(error_info(query.kind).exit_code == cli::kExitBadQuery);

  Failure opening = failure_from(Xapian::DatabaseOpeningError("No such file"));
  CHECK(opening.kind == ErrorKind::kIndexUnavailable);
  CHECK(opening.message == "the index cannot be opened: No such file");
  CHECK(opening.detail == "No such file");
  CHECK(error_info(opening.kind).http_status == 503);
  CHECK(error_info(opening.kind).exit_code == cli::kExitFatal);

  CHECK(failure_from(Xapian::NetworkError("timeout")).kind == ErrorKind::kIndexUnavailable);
  Failure bug = failure_from(std::logic_error("oops"));
  CHECK(bug.kind == ErrorKind::kInternal);
  CHECK(bug.detail == "oops");
  CHECK(bug.message.find("oops") == std::string::npos);  // a reader is not shown internals
  CHECK(error_info(bug.kind).http_status == 500);
}

TEST_CASE("the error table: one row per kind, codes unique") {
  std::set<std::string> codes;
  for (const ErrorKindInfo& info : kErrorKinds) {
    CHECK(codes.insert(info.code).second);
    CHECK(&error_info(info.kind) == &info);
  }
}
