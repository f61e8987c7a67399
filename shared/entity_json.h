// An article's entity as every JSON output shows it (stored document, CLI,
// HTTP API): {"type": "person"|"place"|"org", "name", "count"}. Callers add
// "mentions" in the offsets they need. Works with nlohmann::json and
// nlohmann::ordered_json alike.
#pragma once

#include "article.h"
#include "facets/facet.h"

namespace kiosque {

template <typename Json>
Json entity_json(const NamedEntity& entity) {
  return Json{{"type", facets::facet_name(facets::facet_of(entity.type))}, {"name", entity.name}, {"count", entity.count()}};
}

}  // namespace kiosque
