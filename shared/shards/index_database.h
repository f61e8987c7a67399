// The index a search opens: one Xapian database, or the shards a stub lists
// (shards/stub_file.h), local or remote, opened as one Xapian::Database.
// Xapian combines the shards' statistics, so scores equal those of a single
// database built from the same articles.
//
// Remote shards are opened with timeouts (kRemoteTimeoutMs): a shard that is
// down or stuck gives an error naming it, never a hang. A search needs every
// shard: there are no partial results.
//
// A remote shard may name a count server (shards/stub_file.h), which counts
// its facets where it is (search/sharded_count.h), with the same timeouts.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace kiosque::shards {

// One database of the index, as the stub lists it.
struct Shard {
  Xapian::Database db;
  bool remote = false;
  // A remote shard's count server (shards/count_client.h); count_port 0: none.
  std::string count_host;
  unsigned count_port = 0;
  // For messages: "shard 2 of 3 ('remote 10.0.0.7:33333', DIR/XAPIANDB:2)".
  std::string name;
};

// Longest wait for one operation on a remote shard, and for connecting to it.
inline constexpr unsigned kRemoteTimeoutMs = 10000;
inline constexpr unsigned kRemoteConnectTimeoutMs = 5000;

class IndexDatabase {
 public:
  // Throws Xapian::DatabaseOpeningError naming the shard (and stub line)
  // that cannot be opened or reached.
  explicit IndexDatabase(const std::string& path);

  // Every shard as one database. Its copies share the shards' handles:
  // reopening it reopens them.
  const Xapian::Database& database() const { return db_; }
  std::size_t shard_count() const { return shards_.size(); }
  // Each database of database(), in its order: docid d of shard i is
  // database()'s (d - 1) * shard_count() + i + 1.
  const std::vector<Shard>& shards() const { return shards_; }
  // Whether some remote shard has a count server: facets are then counted
  // shard by shard (search/sharded_count.h).
  bool has_count_server() const { return has_count_server_; }

  // Whether a Xapian::MatchSpy sees database()'s docids: only for a single
  // local database. Over several shards a spy is given each shard's own
  // docid, and a remote shard runs no custom spy at all.
  bool match_spy_sees_docids() const { return shards_.size() == 1 && !has_remote_; }
  // Whether some shard is remote: it runs no posting source of Kiosque's.
  bool has_remote() const { return has_remote_; }

  // What identifies the current state of every shard, for caches: each
  // local shard's uuid and revision. A remote shard has no revision to read
  // (Xapian 1.4), so its uuid, size, last docid and total length stand in:
  // replacing an article there by one of exactly the same length is not
  // seen until the next change.
  std::string signature() const;

 private:
  Xapian::Database db_;
  std::vector<Shard> shards_;
  bool has_remote_ = false;
  bool has_count_server_ = false;
};

}  // namespace kiosque::shards
