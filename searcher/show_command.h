// `kiosque show`: stored articles by id, with their entities.
#pragma once

#include <string>
#include <vector>

namespace kiosque::searcher {

int show_command(const std::vector<std::string>& args);

}  // namespace kiosque::searcher
