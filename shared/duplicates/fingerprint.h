// The near-duplicate fingerprint of an article: a MinHash signature of the
// word 3-shingles of its beginning, whose resemblance to another's estimates
// the Jaccard similarity of the two shingle sets. The indexer stores it in
// the article's kFingerprintSlot (duplicates/fingerprint_slot.h), so that a
// search groups near-duplicates (search/near_duplicates.h) without reading
// the articles' text; indexes built before the slot are fingerprinted from
// the stored text, with this same function.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace kiosque::duplicates {

// Words read from an article's beginning for its fingerprint (about its first
// paragraphs); a republication changes little there.
inline constexpr std::size_t kFingerprintWords = 400;

// MinHash signature, by one permutation hashing: the shingles' hashes fall
// into kMinHashes bins, and each bin keeps its least hash.
inline constexpr std::size_t kMinHashes = 64;

// A bin no shingle fell into (short texts).
inline constexpr std::uint32_t kEmptyBin = ~std::uint32_t{0};

struct Fingerprint {
  // Each bin's least 64-bit hash, its low 32 bits kept (the slot's compact
  // form): two different minimums now compare equal with probability 2^-32
  // per bin, so resemblance, and the grouping of search/near_duplicates.h,
  // are those of the full hashes but with negligible probability. A low half
  // that would read as kEmptyBin is kept as kEmptyBin - 1 (the same odds).
  std::array<std::uint32_t, kMinHashes> minimums{};
  bool empty = true;  // no words: resembles nothing
};

inline bool operator==(const Fingerprint& a, const Fingerprint& b) {
  return a.empty == b.empty && a.minimums == b.minimums;
}

// Words are runs of letters and digits (any non-ASCII byte counts as a
// letter), ASCII lower-cased: punctuation and spacing edits do not matter.
// `text` is Article::body_text().
Fingerprint fingerprint(std::string_view text);

// The fraction of equal minimums among the bins either text fills: an
// estimate of the Jaccard similarity of the two shingle sets (0 when either
// is empty).
double resemblance(const Fingerprint& a, const Fingerprint& b);

}  // namespace kiosque::duplicates
