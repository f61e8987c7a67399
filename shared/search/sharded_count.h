// Counting a query's matches over a sharded index whose remote shards have
// count servers (shards/index_database.h): each such shard counts its own
// matches where it is (shards/count_client.h), in parallel, while the
// others send back their matching docids, counted here as before. The
// sums equal one database's counts: the count servers resolve persons'
// surnames as the coordinator's facet table does.
//
// Not thread-safe: one per Searcher.
#pragma once

#include <xapian.h>

#include <memory>
#include <vector>

#include "facets/facet_counter.h"
#include "shards/count_client.h"
#include "shards/index_database.h"

namespace kiosque::search {

class ShardedCount {
 public:
  explicit ShardedCount(const shards::IndexDatabase& index);
  ~ShardedCount();

  // The exact number of documents matching `query` (no posting sources),
  // each counted into `counter`, whose table is the index's. Throws
  // Xapian::NetworkError naming a shard that cannot be counted.
  std::size_t count(const Xapian::Query& query, facets::FacetCounter& counter);

 private:
  std::vector<shards::Shard> shards_;
  std::vector<std::unique_ptr<shards::CountClient>> clients_;  // by shard; null: counted here
};

}  // namespace kiosque::search
