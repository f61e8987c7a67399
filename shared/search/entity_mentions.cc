#include "search/entity_mentions.h"

#include "facets/entity_slot.h"

namespace kiosque::search {

EntityMentions find_mentions(const Article& article, entities::EntityType type,
                             const std::function<bool(const std::string& name)>& is_entity) {
  EntityMentions out;
  const auto lead = article.lead_range();
  std::string text;
  for (const NamedEntity& entity : article.entities) {
    if (entity.type != type || !is_entity(entity.name)) continue;
    if (text.empty()) text = article.body_text();
    out.mentions += entity.count();
    out.title_mentions += entity.title_mentions;
    for (const auto& mention : entity.mentions) {
      if (mention.first >= lead.first && mention.second <= lead.second && lead.second > lead.first) out.in_lead = true;
      if (mention.first < mention.second && mention.second <= text.size())
        out.forms.push_back(text.substr(mention.first, mention.second - mention.first));
    }
  }
  return out;
}

std::optional<EntityMentions> slot_mentions(std::string_view slot,
                                            const std::function<bool(std::string_view key)>& is_entity) {
  EntityMentions out;
  bool complete = true;
  facets::for_each_slot_line(slot, [&](std::string_view key, std::string_view, std::string_view field) {
    if (!is_entity(key)) return;
    std::optional<facets::SlotMentions> m = facets::parse_slot_mentions(field);
    if (!m) {
      complete = false;
      return;
    }
    out.mentions += m->mentions;
    out.title_mentions += m->title_mentions;
    out.in_lead = out.in_lead || m->in_lead;
  });
  if (!complete) return std::nullopt;
  return out;
}

}  // namespace kiosque::search
