#include "auth.h"

#include <cctype>

namespace kiosque::web {

namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

bool constant_time_equal(std::string_view given, std::string_view expected) {
  unsigned char difference = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i) {
    unsigned char e = expected.empty() ? 0 : static_cast<unsigned char>(expected[i % expected.size()]);
    difference |= static_cast<unsigned char>(given[i]) ^ e;
  }
  return difference == 0;
}

std::optional<std::string> base64_decode(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    int value = base64_value(c);
    if (value < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  if (bits >= 6) return std::nullopt;  // one character left over: truncated
  return out;
}

bool authorized(std::string_view authorization, const std::string& token) {
  while (!authorization.empty() && authorization.front() == ' ') authorization.remove_prefix(1);
  if (starts_with_ci(authorization, "bearer ")) return constant_time_equal(authorization.substr(7), token);
  if (!starts_with_ci(authorization, "basic ")) return false;
  std::optional<std::string> credentials = base64_decode(authorization.substr(6));
  if (!credentials) return false;
  std::size_t colon = credentials->find(':');  // USER:TOKEN; the user name is not checked
  if (colon == std::string::npos) return false;
  return constant_time_equal(std::string_view(*credentials).substr(colon + 1), token);
}

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

}  // namespace kiosque::web
