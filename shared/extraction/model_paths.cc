#include "extraction/model_paths.h"

#include <cstdlib>
#include <filesystem>

namespace kiosque {

std::string models_dir() {
  if (const char* env = std::getenv("KIOSQUE_MODELS_DIR"); env && *env) return env;
#ifdef KIOSQUE_SOURCE_MODELS_DIR
  if (std::filesystem::exists(KIOSQUE_SOURCE_MODELS_DIR)) return KIOSQUE_SOURCE_MODELS_DIR;
#endif
  return "/usr/share/kiosque/models";
}

std::string default_ner_model_path() { return models_dir() + "/ner-fr.model"; }
std::string default_aliases_path() { return models_dir() + "/aliases.txt"; }

}  // namespace kiosque
