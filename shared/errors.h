// Every way a request to Kiosque fails, in one table: the code the HTTP API
// answers with ("error.code"), its HTTP status, the exit code of the
// commands, and when it happens. The commands (searcher/, indexer/, web/)
// and the API's routes turn what they catch into one of these kinds with
// failure_of(), and answer with the table's status or exit code.
#pragma once

#include <exception>
#include <string>

#include "cli/exit_codes.h"

namespace kiosque {

enum class ErrorKind {
  kBadParameter,
  kUnknownParameter,
  kLimitExceeded,
  kBadQuery,
  kNotFound,
  kUnknownFacet,
  kIndexUnavailable,
  kBadRequest,
  kUnauthorized,
  kUsage,
  kPartial,
  kInterrupted,
  kInternal,
};

struct ErrorKindInfo {
  ErrorKind kind;
  const char* code;  // the API's error.code
  int http_status;
  int exit_code;     // of the commands (cli/exit_codes.h)
  const char* when;
};

inline constexpr ErrorKindInfo kErrorKinds[] = {
    {ErrorKind::kBadParameter, "bad_parameter", 400, cli::kExitUsage,
     "a parameter's value is malformed or out of range (page, size, sort, op, limit), given twice, or not UTF-8"},
    {ErrorKind::kUnknownParameter, "unknown_parameter", 400, cli::kExitUsage,
     "a parameter the endpoint does not take (a typo)"},
    {ErrorKind::kLimitExceeded, "limit_exceeded", 400, cli::kExitUsage,
     "the query, a filter value or the number of filter values is over its limit (request_params.h)"},
    {ErrorKind::kBadQuery, "bad_query", 400, cli::kExitBadQuery,
     "the query or a date cannot be searched: unbalanced quote, only exclusions, bad or empty date range"},
    {ErrorKind::kNotFound, "not_found", 404, cli::kExitPartial, "no article with this id, or no such path"},
    {ErrorKind::kUnknownFacet, "unknown_facet", 404, cli::kExitUsage, "/api/facet/NAME with a NAME that is not a facet"},
    {ErrorKind::kIndexUnavailable, "index_unavailable", 503, cli::kExitFatal,
     "the index cannot be read (deleted, not an index, locked), or one of its shards is down or stuck"},
    {ErrorKind::kBadRequest, "bad_request", 400, cli::kExitUsage,
     "the HTTP request itself is malformed or too large (then with its status: 413 body, 414 URI, 431 headers)"},
    {ErrorKind::kUnauthorized, "unauthorized", 401, cli::kExitUsage,
     "the server requires a token (kiosque serve --auth-file) and the request has none, or a wrong one"},
    {ErrorKind::kUsage, "usage", 400, cli::kExitUsage, "wrong options or arguments of a command; see --help"},
    {ErrorKind::kPartial, "partial", 200, cli::kExitPartial,
     "some inputs were skipped (each reported with its file and line), the rest done"},
    {ErrorKind::kInterrupted, "interrupted", 503, cli::kExitInterrupted,
     "stopped by Ctrl-C or SIGTERM after committing what was done"},
    {ErrorKind::kInternal, "internal_error", 500, cli::kExitFatal,
     "a bug, or an index error the others do not name: reported on stderr"},
};

const ErrorKindInfo& error_info(ErrorKind kind);

// What went wrong, from a caught exception: QueryError is kBadQuery;
// Xapian's opening, database and network errors are kIndexUnavailable; any
// other exception kInternal.
struct Failure {
  ErrorKind kind = ErrorKind::kInternal;
  std::string message;  // for a reader: "the index cannot be opened: No such file"
  std::string detail;   // the exception's own text, for a log: "No such file"
};
Failure failure_of(std::exception_ptr caught);

}  // namespace kiosque
