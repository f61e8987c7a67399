// The indexing engine (shared/indexing/) through its library interface: an
// archive folder in, an index out; a bad file reported and skipped, the rest
// indexed; a second run finds everything unchanged; --prune removes what is
// gone; an index of an older schema is indexed again; progress is reported
// per article; every article's near-duplicate fingerprint is stored. The command's messages and exit codes are tested end to end
// (tests/e2e/test_bad_input.py).
#include <doctest/doctest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "duplicates/fingerprint.h"
#include "duplicates/fingerprint_slot.h"
#include "indexing/index_run.h"
#include "schema.h"
#include "stored_document.h"

using namespace kiosque;
namespace fs = std::filesystem;

namespace {

class Archive {
 public:
  Archive() : root_(fs::temp_directory_path() / ("kiosque-index-run-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_ / "articles");
  }
  ~Archive() { fs::remove_all(root_); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(root_ / "articles" / name, std::ios::binary) << text;
  }
  void remove(const std::string& name) const { fs::remove(root_ / "articles" / name); }
  std::string folder() const { return (root_ / "articles").string(); }
  std::string db() const { return (root_ / "db").string(); }

 private:
  fs::path root_;
};

struct Run {
  indexing::IndexStats stats;
  std::vector<std::string> problems;  // "file:line: message" of every report
  std::size_t progress_calls = 0;
};

Run index(const Archive& archive, bool prune = false, std::vector<std::string> more_paths = {}) {
  indexing::IndexOptions options;
  options.db = archive.db();
  options.paths = {archive.folder()};
  options.paths.insert(options.paths.end(), more_paths.begin(), more_paths.end());
  options.entities = false;
  options.jobs = 2;
  options.prune = prune;
  Run run;
  options.on_progress = [&run](std::size_t, std::uintmax_t, std::uintmax_t) { ++run.progress_calls; };
  run.stats = indexing::run_index(options, [&run](indexing::Severity, const archive::Diagnostic& d) {
    run.problems.push_back(d.to_string());
  });
  return run;
}

}  // namespace

TEST_CASE("the indexing engine: bad input skipped, re-runs unchanged, prune") {
  Archive archive;
  archive.write("a.txt", "date 2023-04-02 Les maraîchers du canal ouvrent leur marché du samedi.\n");
  archive.write("b.txt", "date 2023-04-03 Une péniche-théâtre s'installe pour tout le printemps.\n");
  archive.write("bad.txt", "date 2023-04-04 \xff\xfe pas de l'UTF-8\n");

  Run first = index(archive);
  CHECK(first.stats.added == 2);
  CHECK(first.stats.skipped == 1);
  REQUIRE(first.problems.size() == 1);
  CHECK(first.problems[0].find("bad.txt") != std::string::npos);
  CHECK(first.progress_calls == 3);
  CHECK(first.stats.documents_in_db == 2);
  {
    Xapian::Database db(archive.db());
    CHECK(db.term_exists(schema::term(schema::kIdPrefix, "a.txt")));
    CHECK_FALSE(db.term_exists(schema::term(schema::kIdPrefix, "bad.txt")));
  }

  Run again = index(archive);
  CHECK(again.stats.added == 0);
  CHECK(again.stats.unchanged == 2);

  CHECK(again.stats.reanalysed_from.empty());

  // An index of an older schema: every article is analysed again, and the
  // run says so (the indexer prints it).
  {
    Xapian::WritableDatabase db(archive.db());
    db.set_metadata(schema::kSchemaVersionKey, std::to_string(schema::kSchemaVersion - 1));
    db.commit();
  }
  Run older = index(archive);
  CHECK(older.stats.updated == 2);
  CHECK(older.stats.unchanged == 0);
  CHECK(older.stats.reanalysed_from == std::to_string(schema::kSchemaVersion - 1));
  CHECK(index(archive).stats.unchanged == 2);  // and marked with this schema again

  archive.remove("b.txt");
  archive.write("a.txt", "date 2023-04-02 Les maraîchers du canal ouvrent aussi le mercredi.\n");
  Run pruned = index(archive, true);
  CHECK(pruned.stats.updated == 1);
  CHECK(pruned.stats.removed == 1);
  CHECK(pruned.stats.documents_in_db == 1);
}

TEST_CASE("the indexing engine: each article's near-duplicate fingerprint is in its slot, as its stored text gives it") {
  // Searches group near-duplicates by the slot (search/collapsed_search.h)
  // and fingerprint the stored text where it is absent: both must agree.
  Archive archive;
  archive.write("ponctuation.txt", "date 2023-04-05 -- ! ?\n");
  Run run = index(archive, false, {KIOSQUE_TEST_SAMPLE_ARTICLES});
  REQUIRE(run.stats.documents_in_db > 40);
  Xapian::Database db(archive.db());
  REQUIRE(db.term_exists(schema::term(schema::kIdPrefix, "ponctuation.txt")));  // no words: no slot
  std::size_t with_slot = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::Document doc = db.get_document(*it);
    const Article article = decode_stored_document(doc.get_data());
    CAPTURE(article.id);
    const duplicates::Fingerprint from_text = duplicates::fingerprint(article.body_text());
    const std::string slot = doc.get_value(schema::kFingerprintSlot);
    CHECK(slot == duplicates::encode_fingerprint_slot(from_text));
    if (from_text.empty) continue;
    REQUIRE(slot.size() == duplicates::kFingerprintSlotBytes);
    CHECK(duplicates::decode_fingerprint_slot(slot) == std::optional(from_text));
    ++with_slot;
  }
  CHECK(with_slot == run.stats.documents_in_db - 1);
}
