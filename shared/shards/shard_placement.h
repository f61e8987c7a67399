// Which shard of a sharded index holds an article: a stable hash of its id
// (FNV-1a, 64 bits) modulo the number of shards. Stable across runs,
// machines and compilers (never std::hash), so that indexing again replaces
// an article in the shard that holds it and --prune finds it there.
//
// Adding a shard moves most articles: an index of N shards is re-indexed
// into a new folder of N+1, never grown in place.
#pragma once

#include <cstdint>
#include <string_view>

namespace kiosque::shards {

// FNV-1a, 64 bits, of the bytes of `text`.
std::uint64_t fnv1a_64(std::string_view text);

// The shard in [0, count) that holds the article with this id.
unsigned shard_of(std::string_view id, unsigned count);

// The part of an index one `kiosque index` run writes: shard `index` of
// `count` (count 1: the whole, unsharded index).
struct ShardSlice {
  unsigned index = 0;
  unsigned count = 1;

  // Whether this slice writes the article `id`. A problem found before an
  // article's id is known (a malformed JSON line: empty id) belongs to shard
  // 0, so that every run reads everything and each problem is still reported
  // once.
  bool owns(std::string_view id) const {
    if (count <= 1) return true;
    return id.empty() ? index == 0 : shard_of(id, count) == index;
  }
};

}  // namespace kiosque::shards
