// Every error the HTTP API answers with, in one table: the code clients read
// ("error.code"), the HTTP status, and when it happens. The body is always
//   {"error": {"code": "bad_parameter", "message": "size: expected 1 to 100, got 500"}}
// with a message that names the parameter or value at fault and the fix.
//
// Handlers throw ApiException; the server turns it into that reply.
#pragma once

#include <stdexcept>
#include <string>

namespace kiosque::web {

enum class ApiError {
  kBadParameter,
  kUnknownParameter,
  kLimitExceeded,
  kBadQuery,
  kNotFound,
  kUnknownFacet,
  kIndexUnavailable,
  kBadRequest,
  kUnauthorized,
  kInternal,
};

struct ApiErrorInfo {
  ApiError error;
  const char* code;
  int status;
  const char* when;
};

inline constexpr ApiErrorInfo kApiErrors[] = {
    {ApiError::kBadParameter, "bad_parameter", 400,
     "a parameter's value is malformed or out of range (page, size, sort, op, limit), given twice, or not UTF-8"},
    {ApiError::kUnknownParameter, "unknown_parameter", 400, "a parameter the endpoint does not take (a typo)"},
    {ApiError::kLimitExceeded, "limit_exceeded", 400,
     "the query, a filter value or the number of filter values is over its limit (request_params.h)"},
    {ApiError::kBadQuery, "bad_query", 400,
     "the query or a date cannot be searched: unbalanced quote, only exclusions, bad or empty date range"},
    {ApiError::kNotFound, "not_found", 404, "no article with this id, no article naming this entity, or no such path"},
    {ApiError::kUnknownFacet, "unknown_facet", 404, "/api/facet/NAME with a NAME that is not a facet, /api/entity/TYPE/NAME with another TYPE"},
    {ApiError::kIndexUnavailable, "index_unavailable", 503, "the index cannot be read (deleted, not an index), or one of its shards is down or stuck"},
    {ApiError::kBadRequest, "bad_request", 400,
     "the HTTP request itself is malformed or too large (then with its status: 413 body, 414 URI, "
     "431 headers)"},
    {ApiError::kUnauthorized, "unauthorized", 401,
     "the server requires a token (kiosque serve --auth-file) and the request has none, or a wrong one"},
    {ApiError::kInternal, "internal_error", 500, "a bug: reported on the server's stderr"},
};

inline const ApiErrorInfo& error_info(ApiError error) {
  for (const ApiErrorInfo& info : kApiErrors)
    if (info.error == error) return info;
  return kApiErrors[sizeof kApiErrors / sizeof kApiErrors[0] - 1];
}

class ApiException : public std::runtime_error {
 public:
  ApiException(ApiError error, const std::string& message) : std::runtime_error(message), error_(error) {}
  ApiError error() const { return error_; }

 private:
  ApiError error_;
};

}  // namespace kiosque::web
