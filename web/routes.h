// The HTTP server's routes: the JSON API, /healthz and the page's files, and
// the one place where exceptions become JSON error replies (api_errors.h).
#pragma once

#include <string>

namespace httplib {
class Server;
}

namespace kiosque::web {

// Headers on every response, error replies included.
inline constexpr const char* kContentSecurityPolicy = "default-src 'self'";

// Adds every route, the security headers and the error replies to `server`,
// serving the index in `db`.
void add_routes(httplib::Server& server, const std::string& db);

}  // namespace kiosque::web
