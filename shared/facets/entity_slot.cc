#include "facets/entity_slot.h"

#include <charconv>

namespace kiosque::facets {

namespace {

void add_line(std::string& slot, const std::string& key, const std::string& name) {
  if (!slot.empty()) slot += '\n';
  slot += key;
  slot += '\t';
  slot += name;
}

}  // namespace

std::string encode_entity_slot(const std::vector<SlotEntity>& entities) {
  std::string slot;
  for (const SlotEntity& e : entities) {
    add_line(slot, e.key, e.name);
    if (!e.mentions) continue;
    slot += '\t';
    slot += std::to_string(e.mentions->mentions) + ' ' + std::to_string(e.mentions->title_mentions) + ' ' +
            (e.mentions->in_lead ? '1' : '0');
  }
  return slot;
}

std::string encode_entity_slot(const std::vector<std::pair<std::string, std::string>>& key_and_names) {
  std::string slot;
  for (const auto& entry : key_and_names) add_line(slot, entry.first, entry.second);
  return slot;
}

std::optional<SlotMentions> parse_slot_mentions(std::string_view field) {
  SlotMentions m;
  unsigned lead = 0;
  const char* p = field.data();
  const char* end = field.data() + field.size();
  for (std::uint32_t* number : {&m.mentions, &m.title_mentions, &lead}) {
    if (p != field.data()) {
      if (p == end || *p != ' ') return std::nullopt;
      ++p;
    }
    auto [next, error] = std::from_chars(p, end, *number);
    if (error != std::errc()) return std::nullopt;
    p = next;
  }
  if (p != end || lead > 1) return std::nullopt;
  m.in_lead = lead == 1;
  return m;
}

}  // namespace kiosque::facets
