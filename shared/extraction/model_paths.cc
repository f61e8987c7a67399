#include "extraction/model_paths.h"

#include <cstdlib>
#include <algorithm>
#include <filesystem>

namespace kiosque::extraction {

std::string models_dir() {
  if (const char* env = std::getenv("KIOSQUE_MODELS_DIR"); env && *env) return env;
#ifdef KIOSQUE_SOURCE_MODELS_DIR
  if (std::filesystem::exists(KIOSQUE_SOURCE_MODELS_DIR)) return KIOSQUE_SOURCE_MODELS_DIR;
#endif
  return "/usr/share/kiosque/models";
}

std::string default_ner_model_path() { return models_dir() + "/ner-fr.model"; }
std::string default_aliases_path() { return models_dir() + "/aliases.txt"; }

std::vector<std::string> default_alias_paths() {
  std::vector<std::string> paths = {default_aliases_path()};
  std::vector<std::string> lists;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(models_dir() + "/names", error)) {
    std::string name = entry.path().filename().string();
    bool known_names = name.rfind("organisations-", 0) == 0 || name.rfind("places-", 0) == 0 ||
                       name.rfind("persons-", 0) == 0;
    if (known_names && entry.path().extension() == ".txt") lists.push_back(entry.path().string());
  }
  std::sort(lists.begin(), lists.end());
  paths.insert(paths.end(), lists.begin(), lists.end());
  return paths;
}

}  // namespace kiosque::extraction
