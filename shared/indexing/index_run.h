// One indexing run (what `kiosque index` does): reads the sources, analyses articles on several
// threads, and writes them from one thread into the Xapian database.
//
//   reader thread -> work queue -> analysis threads -> result queue -> writer
//
// Each article is replaced by its id term, so re-indexing never duplicates; an
// article whose source bytes hash as before is skipped before analysis.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "archive/input_error.h"
#include "shards/shard_placement.h"

namespace kiosque::indexing {

// Documents between commits. Xapian buffers a batch's postings in in-memory
// trees whose every insertion walks them: a batch of 1000 costs the writer
// thread about a third less CPU than one of 10000, and far less memory
// (33,947 articles without entities: 121 against 180 CPU s, peak RSS 162
// against 501 MiB).
inline constexpr std::size_t kDefaultCommitEvery = 1000;

// A batch is also committed once its articles add up to this many source
// bytes, so that memory stays bounded however large the articles are.
inline constexpr std::uintmax_t kCommitBytes = 16 << 20;

struct IndexOptions {
  std::string db;
  std::vector<std::string> paths;
  bool prune = false;
  unsigned jobs = 0;                            // analysis threads; 0 = one per core
  std::uintmax_t max_article_bytes = 16 << 20;  // larger files or lines are skipped
  std::size_t commit_every = kDefaultCommitEvery;  // documents between commits
  // Called from the writer thread after each article: articles done, their
  // source bytes, and the bytes of every source file (for a time left).
  std::function<void(std::size_t documents, std::uintmax_t bytes, std::uintmax_t total_bytes)> on_progress;
  bool entities = true;                  // extract persons, places, organisations
  std::string ner_model;                 // empty: the default model
  std::vector<std::string> alias_files;  // after the default aliases; later files win
  std::string source;                    // publication of .txt articles and of JSON lines without one
  shards::ShardSlice shard;              // the articles written to `db` (sharded_index.h); default: all
};

struct IndexStats {
  std::size_t added = 0, updated = 0, unchanged = 0, skipped = 0, removed = 0, warnings = 0;
  std::uintmax_t bytes = 0;
  double seconds = 0;
  bool interrupted = false;
  std::size_t documents_in_db = 0;
  // The index held documents of another analysis (an older kSchemaVersion,
  // another entity model or alias table): every article was indexed again
  // instead of being skipped as unchanged. Its fingerprint, "5" or "5:...".
  std::string reanalysed_from;
};

// The database cannot be used at all (locked, unwritable, corrupt).
class FatalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Severity { kWarning, kSkipped };

// Called from the writer thread for every problem, as it is found.
using Reporter = std::function<void(Severity, const archive::Diagnostic&)>;

// Throws FatalError; reports everything else and carries on.
IndexStats run_index(const IndexOptions& options, const Reporter& report);

// Asks a running index to stop after committing what it has done (SIGINT).
void request_stop();

}  // namespace kiosque::indexing
