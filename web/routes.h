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

// Adds every route, the security headers and the error replies to `server`,
// serving the index in `db`; search and facet answers are kept in a cache of
// `cache_bytes` (0: none; response_cache.h).
void add_routes(httplib::Server& server, const std::string& db, std::size_t cache_bytes);

}  // namespace kiosque::web
