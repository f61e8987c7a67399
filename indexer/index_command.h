// `kiosque index`: the command line around run_index().
#pragma once

#include <string>
#include <vector>

namespace kiosque::indexer {

// Runs the command with the arguments after "index"; returns the exit code.
int index_command(const std::vector<std::string>& args);

}  // namespace kiosque::indexer
