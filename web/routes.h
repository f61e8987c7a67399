// The HTTP server's routes: the JSON API, /healthz and the page's files, and
// the one place where exceptions become JSON error replies (api_errors.h).
#pragma once

#include <cstddef>
#include <string>

namespace httplib {
class Server;
}

namespace kiosque::web {

// Headers on every response, error replies included.
inline constexpr const char* kContentSecurityPolicy = "default-src 'self'";

// Limits on a request's headers, past which it is refused with 431 (the
// request line is limited by cpp-httplib: 8 KiB, else 414).
inline constexpr std::size_t kMaxHeaders = 64;
inline constexpr std::size_t kMaxHeaderBytes = 16 * 1024;

// Adds every route, the security headers and the error replies to `server`,
// serving the index in `db`. Search and facet answers are kept in a cache of
// `cache_bytes` (0: none; response_cache.h). A non-empty `token` is required
// on every request (auth.h).
void add_routes(httplib::Server& server, const std::string& db, std::size_t cache_bytes,
                const std::string& token = "");

}  // namespace kiosque::web
