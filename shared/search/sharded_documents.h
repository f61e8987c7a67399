// Reading a page's stored documents over a sharded index whose remote
// shards have count servers: each such shard's documents come from its
// count server in one request (shards/count_client.h), the shards in
// parallel, where Xapian 1.4's remote backend costs a round trip per
// document; a results page reads a few dozen (near-duplicates are found in
// the text of three pages). The other shards are read as before.
//
// Not thread-safe: one per Searcher.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "shards/count_client.h"
#include "shards/index_database.h"

namespace kiosque::search {

class ShardedDocuments {
 public:
  explicit ShardedDocuments(const shards::IndexDatabase& index);
  ~ShardedDocuments();

  // The stored data (Xapian::Document::get_data()) of each docid of the
  // index's database(), in order. Throws Xapian::NetworkError naming a
  // count server that cannot answer or answers wrongly, and
  // Xapian::DatabaseModifiedError for a document deleted since it was ranked.
  std::vector<std::string> data(const std::vector<Xapian::docid>& docids);

 private:
  std::vector<shards::Shard> shards_;
  std::vector<std::unique_ptr<shards::CountClient>> clients_;  // by shard; null: read from its database
};

}  // namespace kiosque::search
