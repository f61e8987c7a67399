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

#include <future>
#include <memory>
#include <string>
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

  // Whether every shard has a count server: count_in_background() then
  // touches no Xapian object of the caller's.
  bool counts_every_shard() const;
  // count() on a thread of its own, when counts_every_shard(), for a caller
  // that ranks the page meanwhile; `counter` is not to be read until the
  // answer is taken (the future's get(), which throws what count() throws).
  std::future<std::size_t> count_in_background(const Xapian::Query& query, facets::FacetCounter& counter);

 private:
  // count() of the query `serialised`; `query` (the same) for the shards counted here.
  std::size_t count(const std::string& serialised, const Xapian::Query& query, facets::FacetCounter& counter);

  std::vector<shards::Shard> shards_;
  std::vector<std::unique_ptr<shards::CountClient>> clients_;  // by shard; null: counted here
};

}  // namespace kiosque::search
