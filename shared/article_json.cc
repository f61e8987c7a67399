#include "article_json.h"

#include <algorithm>
#include <vector>

#include "dates/date_mention_json.h"
#include "entity_json.h"
#include "search/utf16_offsets.h"

namespace kiosque {

const char* block_kind_code(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "h";
    case BlockKind::kCaption: return "c";
    case BlockKind::kParagraph: break;
  }
  return "p";
}

nlohmann::ordered_json article_json(const Article& a, TextOffsets offsets) {
  using json = nlohmann::ordered_json;
  std::string text = a.body_text();
  std::vector<std::size_t> units;
  if (offsets == TextOffsets::kUtf16) units = search::utf16_units_before_bytes(text);
  auto offset = [&](std::size_t byte) {
    byte = std::min(byte, text.size());
    return offsets == TextOffsets::kUtf16 ? units[byte] : byte;
  };
  json entities = json::array();
  for (const NamedEntity& e : a.entities) {
    json mentions = json::array();
    for (const auto& mention : e.mentions) mentions.push_back({offset(mention.first), offset(mention.second)});
    json entity = entity_json<json>(e);
    entity["mentions"] = std::move(mentions);
    entities.push_back(std::move(entity));
  }
  json dates = json::array();
  for (dates::DateMention m : a.mentioned_dates) {
    if (!m.in_title) m.start = offset(m.start), m.end = offset(m.end);
    dates.push_back(dates::date_mention_json<json>(m));
  }
  json blocks = json::array();
  for (const TextBlock& block : a.blocks) blocks.push_back({{"kind", block_kind_code(block.kind)}, {"text", block.text}});
  return {{"id", a.id},
          {"title", a.title},
          {"date", a.date ? json(a.date->iso()) : json(nullptr)},
          {"lang", a.language},
          {"url", a.url},
          {"source", a.source},
          {"credits", a.credits},
          {"blocks", std::move(blocks)},
          {"text", std::move(text)},
          {"entities", std::move(entities)},
          {"dates", std::move(dates)}};
}

}  // namespace kiosque
