// Stable 64-bit hashing for feature keys and gazetteer entries. Model files
// store these hashes, so the functions must never change (std::hash may
// differ between standard libraries; these do not). Changing them, or the
// feature templates, needs a new kFeatureSetVersion and a retrained model.
#pragma once

#include <cstdint>
#include <string_view>

namespace kiosque::entities {

// FNV-1a over the bytes.
inline std::uint64_t hash_text(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

// Combines two hashes (splitmix64 finaliser over a^rotated b).
inline std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b) {
  std::uint64_t x = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL + (a << 6) + (a >> 2));
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return x;
}

// Key 0 marks an empty slot in hash tables, so no real key is ever 0.
inline std::uint64_t nonzero_key(std::uint64_t key) { return key ? key : 1; }

}  // namespace kiosque::entities
