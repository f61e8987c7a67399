// Access control for `kiosque serve`: one shared secret (--auth TOKEN,
// --auth-file FILE or the KIOSQUE_AUTH_TOKEN variable), required on every
// request when set. A client gives it either way:
//   Authorization: Bearer TOKEN          scripts, curl -H
//   Authorization: Basic base64(USER:TOKEN)   browsers: the 401 reply asks
//                                        for a user name (any) and password
//                                        (the token), and the browser sends
//                                        them with the page's API requests
// Tokens are compared in constant time, so answer times do not reveal how
// much of a guess was right.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosque::web {

// Shortest token accepted: a guessable secret is no protection.
inline constexpr std::size_t kMinTokenBytes = 16;

// The WWW-Authenticate header of a 401 reply: makes browsers ask.
inline constexpr const char* kAuthChallenge = "Basic realm=\"kiosque\", charset=\"UTF-8\"";

// True when the Authorization header value `authorization` carries `token`.
bool authorized(std::string_view authorization, const std::string& token);

// Equal strings, in a time that depends on the length of `given` only.
bool constant_time_equal(std::string_view given, std::string_view expected);

// Decodes standard base64 (with or without padding); nullopt when malformed.
std::optional<std::string> base64_decode(std::string_view text);

// True for addresses only this machine reaches: 127.0.0.0/8, ::1, localhost.
bool is_loopback(const std::string& host);

}  // namespace kiosque::web
