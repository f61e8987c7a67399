#include "names/alias_table.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "names/name_key.h"

namespace kiosque::names {

namespace {

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::optional<entities::EntityType> parse_type(const std::string& word) {
  if (word == "person") return entities::EntityType::kPerson;
  if (word == "place") return entities::EntityType::kPlace;
  if (word == "org") return entities::EntityType::kOrganisation;
  return std::nullopt;
}

std::string table_key(entities::EntityType type, const std::string& name) {
  return std::to_string(static_cast<int>(type)) + name_key(name);
}

}  // namespace

void AliasTable::add(entities::EntityType type, const std::string& canonical, const std::string& alias) {
  table_[table_key(type, alias)] = canonical;
  written_.emplace_back(type, alias, canonical);
}

void AliasTable::parse(const std::string& text, const std::string& origin) {
  std::istringstream in(text);
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    std::string content = trim(line);
    if (content.empty() || content[0] == '#') continue;
    std::size_t space = content.find_first_of(" \t");
    auto type = parse_type(content.substr(0, space));
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(origin + ":" + std::to_string(number) + ": " + why +
                               " (expected 'person|place|org  Canonical Name | alias | alias')");
    };
    if (!type || space == std::string::npos) fail("unknown entity type '" + content.substr(0, space) + "'");
    std::string names = content.substr(space + 1);
    std::string canonical;
    std::size_t start = 0;
    while (start <= names.size()) {
      std::size_t bar = names.find('|', start);
      std::string name = trim(names.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
      if (name.empty()) fail("empty name");
      if (canonical.empty()) canonical = name;
      add(*type, canonical, name);
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
  }
}

void AliasTable::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read alias file");
  std::ostringstream content;
  content << in.rdbuf();
  parse(content.str(), path);
}

std::vector<std::pair<entities::EntityType, std::string>> AliasTable::lookup_any(const std::string& name) const {
  std::vector<std::pair<entities::EntityType, std::string>> found;
  std::string key = name_key(name);
  for (auto type : {entities::EntityType::kPerson, entities::EntityType::kPlace, entities::EntityType::kOrganisation}) {
    auto it = table_.find(std::to_string(static_cast<int>(type)) + key);
    if (it != table_.end()) found.emplace_back(type, it->second);
  }
  return found;
}

std::optional<std::string> AliasTable::canonical(entities::EntityType type, const std::string& name) const {
  auto it = table_.find(table_key(type, name));
  if (it == table_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kiosque::names
