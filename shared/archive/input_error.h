// Problems found in input, reported with the file and line that caused them.
#pragma once

#include <stdexcept>
#include <string>

namespace kiosque::archive {

struct Diagnostic {
  std::string file;
  std::size_t line = 0;  // 1-based; 0 when the problem is the whole file
  std::string message;

  // "archive/a.txt:1: expected 'date YYYY-MM', got 'dat 2021'"
  std::string to_string() const {
    return line ? file + ":" + std::to_string(line) + ": " + message : file + ": " + message;
  }
};

// Thrown by readers for input that cannot be indexed at all; the article is
// reported and skipped, the rest of the archive goes on.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostic d) : std::runtime_error(d.to_string()), diagnostic_(std::move(d)) {}
  const Diagnostic& diagnostic() const { return diagnostic_; }

 private:
  Diagnostic diagnostic_;
};

}  // namespace kiosque::archive
