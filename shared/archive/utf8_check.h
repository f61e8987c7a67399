// Checks that bytes are text Kiosque can analyse: UTF-8, no NUL bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosque::archive {

struct TextProblem {
  std::size_t line;  // 1-based line of the first bad byte
  std::string message;
};

// nullopt when `bytes` is valid UTF-8 text; otherwise where and why not.
std::optional<TextProblem> check_text(std::string_view bytes);

// Strips a UTF-8 byte-order mark, if any.
std::string_view without_bom(std::string_view bytes);

}  // namespace kiosque::archive
