// Loads the gazetteer text files of a folder (models/gazetteers/): one
// entry per line, '#' starts a comment line. The file name says the list:
// "<list>.<source>.txt", e.g. "place.geonames.txt" or
// "first-name.hunspell-fr.txt" (list names: entities/gazetteer.h).
#pragma once

#include <string>
#include <vector>

#include "entities/gazetteer.h"

namespace kiosque::train_ner {

struct GazetteerFile {
  std::string path;
  entities::GazetteerList list;
  std::vector<std::string> entries;
};

// Adds every "*.txt" of `folder` (in name order) to `gazetteer`. Throws
// std::runtime_error for a file whose name names no list.
std::vector<GazetteerFile> load_gazetteer_folder(const std::string& folder, entities::Gazetteer& gazetteer);

}  // namespace kiosque::train_ner
