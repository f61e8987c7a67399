// Counting a query's matches in one local database, whose docids are its
// facet table's: what Searcher does for an unsharded index, and what a
// shard's count server (shards/count_service.h) does on its shard.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace kiosque::facets {
class FacetCounter;
}  // namespace kiosque::facets

namespace kiosque::search {

// The exact number of documents of `db` matching `query`, each counted into
// `counter` when given: by the posting walk (search/posting_walk.h) when it
// can, else by Xapian's matcher with no scores and the counter as its spy.
std::size_t count_local_matches(const Xapian::Database& db, const Xapian::Query& query,
                                facets::FacetCounter* counter);

}  // namespace kiosque::search
