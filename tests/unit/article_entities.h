// The names of one type an extracted article holds: what the entity tests
// compare with their expected sets.
#pragma once

#include <set>
#include <string>

#include "article.h"

inline std::set<std::string> names_of(const kiosque::Article& a, kiosque::entities::EntityType type) {
  std::set<std::string> out;
  for (const kiosque::NamedEntity& e : a.entities)
    if (e.type == type) out.insert(e.name);
  return out;
}
