// One entity found in a text by the tagger: its type and where it is.
#pragma once

#include <cstddef>
#include <string>

#include "entities/entity_type.h"

namespace kiosque::entities {

struct Mention {
  EntityType type;
  // Byte offsets in the tagged text, end exclusive; always on token
  // boundaries, so text.substr(start, end - start) == surface.
  std::size_t start = 0;
  std::size_t end = 0;
  std::string surface;
};

}  // namespace kiosque::entities
