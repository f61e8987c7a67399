// Near-duplicate articles: the same dispatch republished with small edits (a
// changed headline, a sentence added, a photo caption) should show as one
// search result with a count of the others, not fill a page.
//
// Computed at query time from the stored text, without index changes: a
// MinHash signature of the word 3-shingles of an article's beginning
// estimates the resemblance (Jaccard similarity of the shingle sets) of two
// articles; above kDuplicateResemblance they are duplicates. Grouping is
// greedy in rank order: an article joins the first better-ranked group whose
// leader it resembles, so the leader is the best-ranked copy.
//
// Not clustering of articles about the same event: two reporters' accounts
// share few 3-shingles.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kiosque::search {

// Words read from an article's beginning for its fingerprint (about its first
// paragraphs); a republication changes little there.
inline constexpr std::size_t kFingerprintWords = 400;
// Estimated Jaccard resemblance at or above which two articles are duplicates.
// Republications with small edits score 0.7 and more; unrelated articles on
// one topic, under 0.1.
inline constexpr double kDuplicateResemblance = 0.5;

// MinHash signature, by one permutation hashing: the shingles' hashes fall
// into kMinHashes bins, and each bin keeps its least hash.
inline constexpr std::size_t kMinHashes = 64;

struct Fingerprint {
  std::array<std::uint64_t, kMinHashes> minimums{};
  bool empty = true;  // no words: resembles nothing
};

// Words are runs of letters and digits (any non-ASCII byte counts as a
// letter), ASCII lower-cased: punctuation and spacing edits do not matter.
Fingerprint fingerprint(std::string_view text);

// The fraction of equal minimums among the bins either text fills: an
// estimate of the Jaccard similarity of the two shingle sets (0 when either
// is empty).
double resemblance(const Fingerprint& a, const Fingerprint& b);

// Groups fingerprints added in rank order.
class DuplicateGrouper {
 public:
  // Adds the next fingerprint; returns the index of its group (a new group
  // when it resembles no leader).
  std::size_t add(const Fingerprint& f);

  std::size_t groups() const { return leaders_.size(); }
  // Indexes (in add order) of the items of group `g`; the first is its leader.
  const std::vector<std::size_t>& members(std::size_t g) const { return members_[g]; }

 private:
  std::vector<Fingerprint> leaders_;
  std::vector<std::vector<std::size_t>> members_;
  std::size_t added_ = 0;
};

}  // namespace kiosque::search
