// `kiosque serve`: the HTTP server (JSON API and browser page) over an index.
#pragma once

#include <string>
#include <vector>

namespace kiosque::web {

// Runs the command with the arguments after "serve"; returns the exit code
// when the server stops (Ctrl-C, SIGTERM) or cannot start.
int serve_command(const std::vector<std::string>& args);

}  // namespace kiosque::web
