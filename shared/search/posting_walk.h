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

}  // namespace kiosque::search
