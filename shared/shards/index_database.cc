#include "shards/index_database.h"

#include "shards/stub_file.h"

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

}  // namespace

IndexDatabase::IndexDatabase(const std::string& path) {
  std::string stub = stub_file_of(path);
  if (stub.empty()) {
    db_ = Xapian::Database(path);
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
