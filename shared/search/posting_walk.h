// Counting a query's matches by walking its posting lists directly, without
// Xapian's matcher: the exact total and facet counts of a search need every
// match but no score, and for a query of terms and boolean operators a
// document-at-a-time walk (skip_to along each list, leapfrogging through
// AND) does that with neither the matcher's weighting machinery nor a
// Xapian::Document built for a match spy on each match.
//
// Handles terms, match-all and match-nothing, AND, FILTER, OR, SYNONYM,
// AND_MAYBE (its left side decides), AND_NOT, SCALE_WEIGHT and the date
// slot's VALUE_RANGE. Anything else (phrases, wildcards...) needs positions
// or expansion: walk_matches() says so and the caller uses the matcher.
//
// Only for a database whose docids are FacetTable's: one local database,
// not a stub of shards (shards/index_database.h).
//
// A query whose terms alone show that it matches most of the index (the
// stopwords: search/match_bounds.h, mostly_matches()) is counted the other way
// round: every article's counts, minus those of the few documents the walk
// skips, so counting costs its non-matches rather than its matches.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>

namespace kiosque::facets {
class FacetCounter;
}  // namespace kiosque::facets

namespace kiosque::search {

// The number of documents matching `query`, each counted into `counter`
// when given; nullopt when the query has a part this walk cannot evaluate.
std::optional<std::size_t> walk_matches(const Xapian::Database& db, const Xapian::Query& query,
                                        facets::FacetCounter* counter);

// Part `index` of `parts` of the docids: blocks of kBlockDocs docids dealt
// in turn, so that each part gets its share of every stretch of the index
// (articles indexed together, a date range's matches), one thread each.
struct DocidPartition {
  static constexpr Xapian::docid kBlockDocs = 2048;
  unsigned index = 0, parts = 1;
  // The first docid of this part at or after `did`.
  Xapian::docid next(Xapian::docid did) const;
};

// Whether the walk can evaluate `query` (walk_matches() gives a number).
bool walkable(const Xapian::Database& db, const Xapian::Query& query);

// walk_matches() over the docids of `part` only. With `count_misses`, the
// counter takes back the part's documents that do not match instead of
// counting those that do; the caller adds every article once
// (facets::FacetCounter::add_all()).
std::optional<std::size_t> walk_partition(const Xapian::Database& db, const Xapian::Query& query,
                                          DocidPartition part, facets::FacetCounter* counter, bool count_misses);

}  // namespace kiosque::search
