// How many documents a query can match, from its terms' frequencies alone,
// without walking a posting list: the cheap look ahead that decides how a
// query's matches are counted and whether its work is split across threads
// (search/partitioned_match.h).
//
// The bounds are sure, not estimates: every walkable query
// (search/posting_walk.h) matches at least `lower` and at most `upper`
// documents. Parts the bounds cannot read (phrases, value ranges...) widen
// them to [0, all documents].
#pragma once

#include <xapian.h>

#include <cstddef>

namespace kiosque::search {

struct MatchBounds {
  std::size_t lower = 0, upper = 0;
};

MatchBounds match_bounds(const Xapian::Database& db, const Xapian::Query& query);

// Whether counting a query's non-matches (every article's counts, minus
// theirs) is sure to beat counting its matches: at least three quarters of
// the documents match, so the few misses outweigh adding up every value's
// count once. Measured at 100k articles: "france" (55% of them) counted
// slower by its non-matches, the stopwords (99%) faster.
inline bool mostly_matches(const MatchBounds& bounds, std::size_t documents) {
  return 4 * bounds.lower >= 3 * documents && bounds.lower > 0;
}

}  // namespace kiosque::search
