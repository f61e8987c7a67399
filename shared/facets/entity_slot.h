// The value-slot encoding of an article's entities of one type, read by the
// facet counter: one line per entity, "key\tDisplay name" (key: name_key()).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosque {

std::string encode_entity_slot(const std::vector<std::pair<std::string, std::string>>& key_and_names);

// Calls f(key, display) for each entity in `slot`.
template <typename F>
void for_each_entity_in_slot(std::string_view slot, F&& f) {
  while (!slot.empty()) {
    std::size_t newline = slot.find('\n');
    std::string_view line = slot.substr(0, newline);
    std::size_t tab = line.find('\t');
    if (tab != std::string_view::npos) f(line.substr(0, tab), line.substr(tab + 1));
    if (newline == std::string_view::npos) break;
    slot.remove_prefix(newline + 1);
  }
}

}  // namespace kiosque
