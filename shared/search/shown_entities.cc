#include "search/shown_entities.h"

#include <algorithm>

#include "names/name_key.h"

namespace kiosque::search {

void use_shown_names(std::vector<NamedEntity>& entities, const facets::FacetTable& table) {
  bool joined = false;
  std::vector<NamedEntity> out;
  out.reserve(entities.size());
  for (NamedEntity& entity : entities) {
    if (const std::string* shown = table.shown_name(facets::facet_of(entity.type), names::name_key(entity.name)))
      entity.name = *shown;
    auto same = std::find_if(out.begin(), out.end(), [&](const NamedEntity& e) {
      return e.type == entity.type && e.name == entity.name;
    });
    if (same == out.end()) {
      out.push_back(std::move(entity));
      continue;
    }
    same->mentions.insert(same->mentions.end(), entity.mentions.begin(), entity.mentions.end());
    std::sort(same->mentions.begin(), same->mentions.end());
    joined = true;
  }
  if (joined)
    std::stable_sort(out.begin(), out.end(),
                     [](const NamedEntity& a, const NamedEntity& b) { return a.mentions.size() > b.mentions.size(); });
  entities = std::move(out);
}

}  // namespace kiosque::search
