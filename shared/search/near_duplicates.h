// Near-duplicate articles: the same dispatch republished with small edits (a
// changed headline, a sentence added, a photo caption) should show as one
// search result with a count of the others, not fill a page.
//
// Two articles are duplicates when their fingerprints (duplicates/fingerprint.h,
// stored at index time) resemble each other above kDuplicateResemblance.
// Grouping is greedy in rank order: an article joins the first better-ranked
// group whose leader it resembles, so the leader is the best-ranked copy.
//
// Not clustering of articles about the same event: two reporters' accounts
// share few 3-shingles.
#pragma once

#include <cstddef>
#include <vector>

#include "duplicates/fingerprint.h"

namespace kiosque::search {

// Estimated Jaccard resemblance at or above which two articles are duplicates.
// Republications with small edits score 0.7 and more; unrelated articles on
// one topic, under 0.1.
inline constexpr double kDuplicateResemblance = 0.5;

// Groups fingerprints added in rank order.
class DuplicateGrouper {
 public:
  // Adds the next fingerprint; returns the index of its group (a new group
  // when it resembles no leader).
  std::size_t add(const duplicates::Fingerprint& f);

  std::size_t groups() const { return leaders_.size(); }
  // Indexes (in add order) of the items of group `g`; the first is its leader.
  const std::vector<std::size_t>& members(std::size_t g) const { return members_[g]; }

 private:
  std::vector<duplicates::Fingerprint> leaders_;
  std::vector<std::vector<std::size_t>> members_;
  std::size_t added_ = 0;
};

}  // namespace kiosque::search
