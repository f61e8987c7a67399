// The errors of the HTTP API: their codes and statuses are the table of
// shared/errors.h, which the commands' exit codes share. The body is always
//   {"error": {"code": "bad_parameter", "message": "size: expected 1 to 100, got 500",
//              "reason": "bad_number", "params": {"parameter": "size", "min": 1, "max": 100, "value": "500"}}}
// with a message (English) that names the parameter or value at fault and
// the fix; "reason" names the problem more finely than the code, and
// "params" holds its values, so that a client can say it in its own
// language. Both are there whenever the handler knows them ({}, "" else).
//
// Handlers throw ApiException; the server turns it into that reply.
#pragma once

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <utility>

#include "errors.h"

namespace kiosque::web {

// The API's errors are the project's error kinds (errors.h: code, status).
using ApiError = ErrorKind;

class ApiException : public std::runtime_error {
 public:
  ApiException(ApiError error, const std::string& message, std::string reason = "",
               nlohmann::ordered_json params = nlohmann::ordered_json::object())
      : std::runtime_error(message), error_(error), reason_(std::move(reason)), params_(std::move(params)) {}
  ApiError error() const { return error_; }
  const std::string& reason() const { return reason_; }
  const nlohmann::ordered_json& params() const { return params_; }

 private:
  ApiError error_;
  std::string reason_;
  nlohmann::ordered_json params_;
};

}  // namespace kiosque::web
