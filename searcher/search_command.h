// `kiosque search`: ranked search from the terminal.
#pragma once

#include <string>
#include <vector>

namespace kiosque::searcher {

// Runs the command with the arguments after "search"; returns the exit code.
int search_command(const std::vector<std::string>& args);

}  // namespace kiosque::searcher
