#include "search/entity_mentions.h"

namespace kiosque {

namespace {

// Byte range of the first paragraph in body_text() (captions and headings
// before it are not the lead); [0, 0) when there is none.
std::pair<std::size_t, std::size_t> lead_range(const Article& article) {
  std::size_t offset = 0;
  for (const TextBlock& block : article.blocks) {
    if (block.kind == BlockKind::kParagraph) return {offset, offset + block.text.size()};
    offset += block.text.size() + Article::kBlockSeparator.size();
  }
  return {0, 0};
}

}  // namespace

EntityMentions find_mentions(const Article& article, entities::EntityType type,
                             const std::function<bool(const std::string& name)>& is_entity) {
  EntityMentions out;
  const auto lead = lead_range(article);
  std::string text;
  for (const NamedEntity& entity : article.entities) {
    if (entity.type != type || !is_entity(entity.name)) continue;
    if (text.empty()) text = article.body_text();
    out.mentions += entity.count();
    out.title_mentions += entity.title_mentions;
    for (const auto& mention : entity.mentions) {
      if (mention.first >= lead.first && mention.second <= lead.second) out.in_lead = true;
      if (mention.first < mention.second && mention.second <= text.size())
        out.forms.push_back(text.substr(mention.first, mention.second - mention.first));
    }
  }
  return out;
}

}  // namespace kiosque
