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

namespace kiosque {

struct MatchBounds {
  std::size_t lower = 0, upper = 0;
};

MatchBounds match_bounds(const Xapian::Database& db, const Xapian::Query& query);

}  // namespace kiosque
