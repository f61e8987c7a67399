#include "facets/entity_slot.h"

namespace kiosque {

std::string encode_entity_slot(const std::vector<std::pair<std::string, std::string>>& key_and_names) {
  std::string slot;
  for (const auto& [key, name] : key_and_names) {
    if (!slot.empty()) slot += '\n';
    slot += key;
    slot += '\t';
    slot += name;
  }
  return slot;
}

}  // namespace kiosque
