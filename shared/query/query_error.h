// A query the user must fix: the message says what is wrong and where.
#pragma once

#include <stdexcept>
#include <string>

namespace kiosque {

class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace kiosque
