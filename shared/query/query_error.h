// A query the user must fix: the message says what is wrong, where (the
// character position, counted from 1 in the query as typed) and how to fix it.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosque {

class QueryError : public std::runtime_error {
 public:
  explicit QueryError(const std::string& message, std::size_t position = 0)
      : std::runtime_error(message), position_(position) {}

  // 1-based character (not byte) of the query where the problem is; 0 when
  // the problem is the query as a whole (too long, nothing to search).
  std::size_t position() const { return position_; }

 private:
  std::size_t position_;
};

// The 1-based character position of `byte_offset` in UTF-8 `text`.
inline std::size_t character_position(std::string_view text, std::size_t byte_offset) {
  std::size_t characters = 1;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
  return characters;
}

// "<problem> at character N: <fix>", pointing at `byte_offset` of `query`.
inline QueryError query_error_at(std::string_view query, std::size_t byte_offset, const std::string& problem,
                                 const std::string& fix) {
  std::size_t position = character_position(query, byte_offset);
  return QueryError(problem + " at character " + std::to_string(position) + ": " + fix, position);
}

}  // namespace kiosque
