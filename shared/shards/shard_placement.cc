#include "shards/shard_placement.h"

namespace kiosque::shards {

std::uint64_t fnv1a_64(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV offset basis
  for (unsigned char byte : text) {
    hash ^= byte;
    hash *= 1099511628211ull;  // FNV prime
  }
  return hash;
}

unsigned shard_of(std::string_view id, unsigned count) {
  return count <= 1 ? 0 : static_cast<unsigned>(fnv1a_64(id) % count);
}

}  // namespace kiosque::shards
