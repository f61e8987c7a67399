// A query the user must fix: the message says what is wrong, where (the
// character position, counted from 1 in the query as typed) and how to fix it.
// `reason` names the problem for programs ("unbalanced_quote"), and `value`
// the text at fault when there is one, so that a client can say it in its
// own language (the page's i18n.js has one string per reason).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace kiosque::query {

class QueryError : public std::runtime_error {
 public:
  explicit QueryError(const std::string& message, std::size_t position = 0, std::string reason = "",
                      std::string value = "")
      : std::runtime_error(message), position_(position), reason_(std::move(reason)), value_(std::move(value)) {}

  // 1-based character (not byte) of the query where the problem is; 0 when
  // the problem is the query as a whole (too long, nothing to search).
  std::size_t position() const { return position_; }
  // A short snake_case name of the problem; empty when none was given.
  const std::string& reason() const { return reason_; }
  // The field, date or word at fault; may be empty.
  const std::string& value() const { return value_; }

 private:
  std::size_t position_;
  std::string reason_;
  std::string value_;
};

// The 1-based character position of `byte_offset` in UTF-8 `text`.
inline std::size_t character_position(std::string_view text, std::size_t byte_offset) {
  std::size_t characters = 1;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
  return characters;
}

// "<problem> at character N: <fix>", pointing at `byte_offset` of `query`.
inline QueryError query_error_at(std::string_view query, std::size_t byte_offset, const std::string& reason,
                                 const std::string& problem, const std::string& fix, const std::string& value = "") {
  std::size_t position = character_position(query, byte_offset);
  return QueryError(problem + " at character " + std::to_string(position) + ": " + fix, position, reason, value);
}

}  // namespace kiosque::query
