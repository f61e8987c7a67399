#include "shards/index_database.h"

#include "schema.h"
#include "shards/stub_file.h"

#include <cstdlib>

namespace kiosque::shards {

namespace {

Xapian::Database open_entry(const StubEntry& entry) {
  if (entry.kind == StubEntry::Kind::kLocal) return Xapian::Database(entry.path);
  return Xapian::Remote::open(entry.host, entry.port, kRemoteTimeoutMs, kRemoteConnectTimeoutMs);
}

std::string shard_signature(const Xapian::Database& shard, bool remote) {
  if (!remote) return shard.get_uuid() + "/r" + std::to_string(shard.get_revision());
  return shard.get_uuid() + "/" + std::to_string(shard.get_doccount()) + "/" +
         std::to_string(shard.get_lastdocid()) + "/" + std::to_string(shard.get_total_length());
}

// An index written by a newer Kiosque may lack terms this one searches
// (schema 6 dropped stem terms that repeat the word): refused, not searched
// with silently missing matches. An older schema is searched as it is;
// `kiosque index` rebuilds it.
void check_schema(const Xapian::Database& shard, const std::string& name) {
  const std::string fingerprint = shard.get_metadata(schema::kSchemaVersionKey);  // "6:model:aliases"
  const long version = std::strtol(fingerprint.c_str(), nullptr, 10);
  if (version > schema::kSchemaVersion)
    throw Xapian::DatabaseVersionError(name + " was written by a newer Kiosque (index schema " +
                                       std::to_string(version) + "; this Kiosque reads schema " +
                                       std::to_string(schema::kSchemaVersion) +
                                       " and older): use that Kiosque, or index the archive again with this one");
}

}  // namespace

IndexDatabase::IndexDatabase(const std::string& path) {
  std::string stub = stub_file_of(path);
  if (stub.empty()) {
    db_ = Xapian::Database(path);
    check_schema(db_, "the index");
    shards_.push_back({db_, false, "", 0, "the index"});
    return;
  }
  std::vector<StubEntry> entries = read_stub(stub);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const StubEntry& entry = entries[i];
    Shard shard;
    shard.remote = entry.kind == StubEntry::Kind::kRemote;
    shard.count_host = entry.count_host;
    shard.count_port = entry.count_port;
    shard.name = "shard " + std::to_string(i + 1) + " of " + std::to_string(entries.size()) + " ('" + entry.text +
                 "', " + stub + ":" + std::to_string(entry.line) + ")";
    try {
      shard.db = open_entry(entry);
    } catch (const Xapian::Error& e) {
      throw Xapian::DatabaseOpeningError(shard.name + " cannot be opened: " + e.get_msg() +
                                         (shard.remote ? " (is its xapian-tcpsrv running and reachable?)" : ""));
    }
    check_schema(shard.db, "shard " + std::to_string(i + 1) + " ('" + entry.text + "')");
    has_remote_ = has_remote_ || shard.remote;
    has_count_server_ = has_count_server_ || shard.count_port != 0;
    db_.add_database(shard.db);
    shards_.push_back(std::move(shard));
  }
}

std::string IndexDatabase::signature() const {
  if (shards_.size() == 1 && !has_remote_) return shard_signature(shards_[0].db, false);
  std::string signature = "shards";
  for (const Shard& shard : shards_) signature += ";" + shard_signature(shard.db, shard.remote);
  return signature;
}

}  // namespace kiosque::shards
