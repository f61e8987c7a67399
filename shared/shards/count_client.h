// The coordinator's side of a remote shard's count server
// (shards/count_protocol.h): asks it for a query's facet counts on its
// shard and maps them to the coordinator's FacetTable, whose ids span every
// shard. What crosses the network is bounded by the shard's distinct values,
// not by its matches. Also asks it for a page's stored documents at once.
//
// Not thread-safe: one client per Searcher (one per thread). What a count
// server holds (the resolution, its table's keys mapped to the
// coordinator's) is shared by every client of the process.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "facets/facet.h"
#include "facets/facet_table.h"
#include "shards/count_protocol.h"
#include "shards/index_database.h"

namespace kiosque::shards {

// One shard's counts, by the coordinator's table ids.
struct ShardCounts {
  std::size_t documents = 0;
  std::vector<std::pair<facets::FacetTable::Id, std::uint32_t>> counts;
};

class CountClient {
 public:
  // For `shard`, which names its count server.
  explicit CountClient(const Shard& shard);
  ~CountClient();

  // The counts of the query `serialised` (Xapian::Query::serialise()) on
  // the shard, of `facets` (empty: all), by the ids of `table` (the
  // coordinator's, surnames resolved over every shard). Throws
  // Xapian::NetworkError naming the shard and its count server when that
  // cannot be reached, times out (kRemoteTimeoutMs) or answers an error;
  // Xapian::DatabaseModifiedError when the shard counts a value `table`
  // does not have (it changed since `table` was read): never wrong counts.
  ShardCounts count(const std::string& serialised, const std::vector<facets::Facet>& facets,
                    const facets::FacetTable& table);

  // The stored data (Xapian::Document::get_data()) of the shard's `docids`,
  // in their order, in one request. Throws as count(), also when the server
  // serves another shard than xapian-tcpsrv does or answers other documents
  // than those asked; Xapian::DatabaseModifiedError when one was deleted
  // since it was ranked.
  std::vector<std::string> documents(const std::vector<Xapian::docid>& docids);

 private:
  struct Http;
  // Sends `request` to `path`; answers the body, its HTTP status in `status`. Throws as count().
  std::string post(const char* path, const std::string& request, int& status);
  [[noreturn]] void fail(const std::string& problem) const;

  std::string name_;     // the shard's, for messages
  std::string uuid_;     // the shard's, as its xapian-tcpsrv gives it
  std::string address_;  // "HOST:PORT" of its count server
  std::unique_ptr<Http> http_;
};

}  // namespace kiosque::shards
