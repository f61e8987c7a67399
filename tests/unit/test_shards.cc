// Sharding pieces: where an article goes (a stable hash, never std::hash),
// the stub file, and what a search opens from a stub of local shards.
#include <doctest/doctest.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "schema.h"
#include "shards/index_database.h"
#include "shards/shard_placement.h"
#include "shards/stub_file.h"

using namespace kiosque::shards;
namespace fs = std::filesystem;

namespace {

class TempFolder {
 public:
  TempFolder() {
    char pattern[] = "/tmp/kiosque-shards-XXXXXX";
    path_ = mkdtemp(pattern);
  }
  ~TempFolder() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (fs::path(path_) / name).string(); }
  const std::string& path() const { return path_; }
  void write(const std::string& name, const std::string& text) const { std::ofstream(*this / name) << text; }

 private:
  std::string path_;
};

Xapian::Document article(const std::string& id, const std::string& text) {
  Xapian::Document doc;
  doc.add_term("Q" + id);
  doc.add_term(text);
  doc.set_data(text);
  return doc;
}

}  // namespace

TEST_CASE("FNV-1a 64 matches the published test vectors") {
  const std::pair<const char*, std::uint64_t> cases[] = {
      {"", 0xcbf29ce484222325ull}, {"a", 0xaf63dc4c8601ec8cull}, {"foobar", 0x85944171f73967e8ull}};
  for (auto [text, hash] : cases) CHECK(fnv1a_64(text) == hash);
}

TEST_CASE("shard_of is stable and spreads ids over every shard") {
  CHECK(shard_of("fr/001-sommet.txt", 1) == 0);
  CHECK(shard_of("a", 3) == 0xaf63dc4c8601ec8cull % 3);
  std::set<unsigned> used;
  for (int i = 0; i < 100; ++i) {
    unsigned shard = shard_of("article-" + std::to_string(i), 3);
    CHECK(shard < 3);
    used.insert(shard);
  }
  CHECK(used.size() == 3);
}

TEST_CASE("a slice owns its ids; problems without an id belong to shard 0") {
  unsigned home = shard_of("fr/001.txt", 3);
  for (unsigned i = 0; i < 3; ++i) {
    ShardSlice slice{i, 3};
    CHECK(slice.owns("fr/001.txt") == (i == home));
    CHECK(slice.owns("") == (i == 0));
  }
  CHECK(ShardSlice{}.owns("anything"));
}

TEST_CASE("read_stub reads local and remote lines, relative to the stub's folder") {
  TempFolder folder;
  folder.write("XAPIANDB",
               "# three shards\nglass shard-0\nauto /srv/other\nremote 10.0.0.7:33333\nremote [::1]:8000\n");
  CHECK(stub_file_of(folder.path()) == folder / "XAPIANDB");
  CHECK(stub_file_of(folder / "XAPIANDB") == folder / "XAPIANDB");  // a stub file named directly
  fs::create_directory(folder / "plain");
  CHECK(stub_file_of(folder / "plain") == "");  // a folder without a stub: a single database
  auto entries = read_stub(folder / "XAPIANDB");
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].kind == StubEntry::Kind::kLocal);
  CHECK(entries[0].path == folder / "shard-0");
  CHECK(entries[0].line == 2);
  CHECK(entries[1].path == "/srv/other");
  CHECK(entries[2].kind == StubEntry::Kind::kRemote);
  CHECK(entries[2].host == "10.0.0.7");
  CHECK(entries[2].port == 33333);
  CHECK(entries[3].host == "::1");
  CHECK(entries[2].count_port == 0);  // no count server named
  CHECK(local_stub_text(2) == "glass shard-0\nglass shard-1\n");
}

TEST_CASE("read_stub takes a remote shard's count server from the line after it") {
  TempFolder folder;
  folder.write("XAPIANDB", "remote 10.0.0.7:33333\n# a comment\n#kiosque-count 10.0.0.7:33334\nremote 10.0.0.8:33333\n");
  auto entries = read_stub(folder / "XAPIANDB");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].count_host == "10.0.0.7");
  CHECK(entries[0].count_port == 33334);
  CHECK(entries[1].count_port == 0);
}

TEST_CASE("read_stub names the file and line of what it cannot read") {
  TempFolder folder;
  const std::pair<const char*, const char*> cases[] = {
      {"glass shard-0\nremote tcp 10.0.0.7 33333\n", ":2: expected"},  // not Xapian 1.4's syntax
      {"remote 10.0.0.7:99999\n", ":1: expected"},
      {"remote 10.0.0.7\n", ":1: expected"},
      {"# nothing\n", "lists no database"},
      {"glass shard-0\n#kiosque-count 10.0.0.7:1\n", ":2: '#kiosque-count 10.0.0.7:1' must follow"},
      {"remote 10.0.0.7:1\n#kiosque-count 10.0.0.7:1\n#kiosque-count 10.0.0.7:2\n", ":3: "},
      {"remote 10.0.0.7:1\n#kiosque-count 10.0.0.7\n", ":2: expected '#kiosque-count HOST:PORT'"},
  };
  for (const auto& stub : cases) {
    // Not a structured binding: CAPTURE's lambda could not take one (C++17).
    const char* text = stub.first;
    const char* message = stub.second;
    CAPTURE(text);
    folder.write("XAPIANDB", text);
    try {
      read_stub(folder / "XAPIANDB");
      FAIL("no error");
    } catch (const Xapian::DatabaseOpeningError& e) {
      CHECK(e.get_msg().find(folder / "XAPIANDB") == 0);
      CHECK(e.get_msg().find(message) != std::string::npos);
    }
  }
}

TEST_CASE("IndexDatabase opens local shards as one and sees any change in any shard") {
  TempFolder folder;
  for (int i = 0; i < 2; ++i) {
    Xapian::WritableDatabase shard(folder / ("shard-" + std::to_string(i)), Xapian::DB_CREATE);
    shard.replace_document("Qa" + std::to_string(i), article("a" + std::to_string(i), "alpha"));
    shard.replace_document("Qb" + std::to_string(i), article("b" + std::to_string(i), "beta"));
    shard.commit();
  }
  folder.write("XAPIANDB", local_stub_text(2));
  IndexDatabase index(folder.path());
  CHECK(index.shard_count() == 2);
  CHECK(index.database().get_doccount() == 4);
  CHECK_FALSE(index.match_spy_sees_docids());
  const std::string before = index.signature();
  {
    // The same length, document count and last docid: only the revision tells.
    Xapian::WritableDatabase shard(folder / "shard-1", Xapian::DB_OPEN);
    shard.replace_document("Qa1", article("a1", "gamma"));
    shard.commit();
  }
  Xapian::Database copy = index.database();
  copy.reopen();  // copies share the shards: the index sees the new revision
  CHECK(index.signature() != before);
  CHECK(index.database().get_termfreq("gamma") == 1);
}

TEST_CASE("IndexDatabase names the shard it cannot open") {
  TempFolder folder;
  folder.write("XAPIANDB", "glass shard-0\n");
  try {
    IndexDatabase index(folder.path());
    FAIL("no error");
  } catch (const Xapian::DatabaseOpeningError& e) {
    CHECK(e.get_msg().find("shard 1 of 1 ('glass shard-0', " + (folder / "XAPIANDB") + ":1)") == 0);
  }
}

TEST_CASE("IndexDatabase refuses an index of a newer schema, opens its own and older ones") {
  TempFolder folder;
  auto write_index = [&](const std::string& name, const std::string& fingerprint) {
    Xapian::WritableDatabase db(folder / name, Xapian::DB_CREATE_OR_OPEN);
    db.add_document(Xapian::Document());
    db.set_metadata(kiosque::schema::kSchemaVersionKey, fingerprint);
    db.commit();
  };
  const std::string newer = std::to_string(kiosque::schema::kSchemaVersion + 1) + ":model:aliases";
  write_index("newer", newer);
  write_index("current", std::to_string(kiosque::schema::kSchemaVersion) + ":model:aliases");
  write_index("older", "1");
  CHECK_NOTHROW(IndexDatabase(folder / "current"));
  CHECK_NOTHROW(IndexDatabase(folder / "older"));
  try {
    IndexDatabase index(folder / "newer");
    FAIL("no error");
  } catch (const Xapian::DatabaseOpeningError& e) {
    CHECK(e.get_msg().find("written by a newer Kiosque (index schema " +
                           std::to_string(kiosque::schema::kSchemaVersion + 1)) != std::string::npos);
  }
  // A shard of a newer schema is named.
  fs::create_directory(folder / "sharded");
  fs::rename(folder / "newer", folder / "sharded/shard-0");
  folder.write("sharded/XAPIANDB", local_stub_text(1));
  try {
    IndexDatabase index(folder / "sharded");
    FAIL("no error");
  } catch (const Xapian::DatabaseOpeningError& e) {
    CHECK(e.get_msg().find("shard 1 ('glass shard-0') was written by a newer Kiosque") == 0);
  }
}
