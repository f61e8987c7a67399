// Where Kiosque finds its data files at run time (the entity model, the
// default aliases): $KIOSQUE_MODELS_DIR if set, else the source tree's
// models/ folder the binary was built from, else /usr/share/kiosque/models.
#pragma once

#include <string>
#include <vector>

namespace kiosque::extraction {

std::string models_dir();
std::string default_ner_model_path();    // models_dir() + "/ner-fr.model"
std::string default_aliases_path();      // models_dir() + "/aliases.txt"
// The default alias files: aliases.txt, then the curated lists of known
// names (models/names/{organisations,places,persons}-*.txt, in name order).
std::vector<std::string> default_alias_paths();

}  // namespace kiosque::extraction
