// `kiosque entity`: an entity's profile from the terminal (search/entity_profile.h).
#pragma once

#include <string>
#include <vector>

namespace kiosque::searcher {

int entity_command(const std::vector<std::string>& args);

}  // namespace kiosque::searcher
