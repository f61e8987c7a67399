// A candidate mention of an entity while one article is read: where it is
// and what it is taken for so far. The extraction stages (entity_extractor.h)
// add, retype, cut and drop candidates; those left become the article's
// entities.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "entities/entity_type.h"

namespace kiosque::extraction {

struct Candidate {
  entities::EntityType type;
  std::size_t start, end;  // bytes in the tagged text: the title, then the body
  std::string surface;
  std::string canonical;          // set when the alias table named it
  bool typed_by_context = false;  // typed by a known neighbour: it votes as a known name does
};

}  // namespace kiosque::extraction
