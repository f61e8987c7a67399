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
    shards_.push_back(db_);
    remote_.push_back(false);
    return;
  }
  std::vector<StubEntry> entries = read_stub(stub);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const StubEntry& entry = entries[i];
    try {
      shards_.push_back(open_entry(entry));
    } catch (const Xapian::Error& e) {
      throw Xapian::DatabaseOpeningError("shard " + std::to_string(i + 1) + " of " + std::to_string(entries.size()) +
                                         " ('" + entry.text + "', " + stub + ":" + std::to_string(entry.line) +
                                         ") cannot be opened: " + e.get_msg() +
                                         (entry.kind == StubEntry::Kind::kRemote
                                              ? " (is its xapian-tcpsrv running and reachable?)"
                                              : ""));
    }
    check_schema(shards_.back(), "shard " + std::to_string(i + 1) + " ('" + entry.text + "')");
    remote_.push_back(entry.kind == StubEntry::Kind::kRemote);
    has_remote_ = has_remote_ || remote_.back();
    db_.add_database(shards_.back());
  }
}

std::string IndexDatabase::signature() const {
  if (shards_.size() == 1 && !has_remote_) return shard_signature(shards_[0], false);
  std::string signature = "shards";
  for (std::size_t i = 0; i < shards_.size(); ++i) signature += ";" + shard_signature(shards_[i], remote_[i]);
  return signature;
}

}  // namespace kiosque::shards
