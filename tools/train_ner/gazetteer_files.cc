#include "gazetteer_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace kiosque::train_ner {

namespace fs = std::filesystem;

std::vector<GazetteerFile> load_gazetteer_folder(const std::string& folder, entities::Gazetteer& gazetteer) {
  std::vector<fs::path> paths;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  if (error) throw std::runtime_error(folder + ": cannot list gazetteer folder (" + error.message() + ")");
  std::sort(paths.begin(), paths.end());

  std::vector<GazetteerFile> files;
  for (const fs::path& path : paths) {
    const std::string name = path.filename().string();
    auto list = entities::parse_gazetteer_list(name.substr(0, name.find('.')));
    if (!list)
      throw std::runtime_error(path.string() + ": file name must start with a list name (place, first-name, ...)");
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path.string() + ": cannot open gazetteer file");
    GazetteerFile file{path.string(), *list, {}};
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      gazetteer.add(*list, line);
      file.entries.push_back(line);
    }
    files.push_back(file);
  }
  return files;
}

}  // namespace kiosque::train_ner
