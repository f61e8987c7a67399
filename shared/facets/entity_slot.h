// The value-slot encoding of an article's entities of one type, read by the
// facet counter: one line per entity, "key\tDisplay name" (key: name_key()),
// and for entities found in the text a third field, "mentions title_mentions
// lead": how often the article names it, in its title, and whether its
// first paragraph does ("12 1 1"). An entity's page ranks the articles
// mainly about it from that field without reading their stored text
// (search/entity_profile.h). Indexes from before it have two fields only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosque::facets {

// How one article names one entity.
struct SlotMentions {
  std::uint32_t mentions = 0;        // title and body
  std::uint32_t title_mentions = 0;
  bool in_lead = false;
};

struct SlotEntity {
  std::string key, name;
  std::optional<SlotMentions> mentions;
};

std::string encode_entity_slot(const std::vector<SlotEntity>& entities);
// Names without mentions (the publication).
std::string encode_entity_slot(const std::vector<std::pair<std::string, std::string>>& key_and_names);

// The third field of a line; nullopt when absent or malformed.
std::optional<SlotMentions> parse_slot_mentions(std::string_view field);

// Calls f(key, display, mentions field) for each entity in `slot`; the
// field is empty when the line has none.
template <typename F>
void for_each_slot_line(std::string_view slot, F&& f) {
  while (!slot.empty()) {
    std::size_t newline = slot.find('\n');
    std::string_view line = slot.substr(0, newline);
    std::size_t tab = line.find('\t');
    if (tab != std::string_view::npos) {
      std::string_view key = line.substr(0, tab), rest = line.substr(tab + 1);
      std::size_t second = rest.find('\t');
      f(key, rest.substr(0, second), second == std::string_view::npos ? std::string_view() : rest.substr(second + 1));
    }
    if (newline == std::string_view::npos) break;
    slot.remove_prefix(newline + 1);
  }
}

// Calls f(key, display) for each entity in `slot`.
template <typename F>
void for_each_entity_in_slot(std::string_view slot, F&& f) {
  for_each_slot_line(slot, [&](std::string_view key, std::string_view name, std::string_view) { f(key, name); });
}

}  // namespace kiosque::facets
