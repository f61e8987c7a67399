#include "indexing/sharded_index.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "shards/stub_file.h"

namespace kiosque::indexing {

namespace {

namespace fs = std::filesystem;

std::string stub_path(const std::string& db) { return (fs::path(db) / shards::kStubFileName).string(); }

std::string read_text(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The number of shards the stub in `db` lists; 0 when there is none.
unsigned existing_shards(const std::string& db) {
  std::error_code error;
  if (!fs::exists(stub_path(db), error)) return 0;
  try {
    return static_cast<unsigned>(shards::read_stub(stub_path(db)).size());
  } catch (const Xapian::Error& e) {
    throw FatalError(e.get_msg());
  }
}

// Creates `db` with its stub, or checks that the one there lists `count`
// shards exactly as this command writes them.
void prepare_folder(const std::string& db, unsigned count) {
  std::error_code error;
  if (fs::exists(fs::path(db) / "iamglass", error))
    throw FatalError("'" + db + "' is an unsharded index: index it without --shards, or give --db a new folder "
                     "for the sharded index");
  const std::string stub = stub_path(db);
  if (unsigned existing = existing_shards(db)) {
    if (read_text(stub) != shards::local_stub_text(existing))
      throw FatalError(stub + " lists shards `kiosque index --shards` did not write (remote ones?): index each "
                       "shard on its own machine with `kiosque index --db SHARD_FOLDER` (README, sharding)");
    if (existing != count)
      throw FatalError("'" + db + "' holds " + std::to_string(existing) + " shards, not " + std::to_string(count) +
                       ": index it with --shards " + std::to_string(existing) +
                       ". Articles are placed by the number of shards: to change it, index everything into a "
                       "new folder with --shards " + std::to_string(count));
    return;
  }
  fs::create_directories(db, error);
  const std::string temporary = stub + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << shards::local_stub_text(count);
    if (!out.flush()) throw FatalError("cannot write '" + temporary + "' (check that the folder is writable)");
  }
  fs::rename(temporary, stub, error);
  if (error) throw FatalError("cannot write '" + stub + "': " + error.message());
}

void add(IndexStats& total, const IndexStats& shard) {
  total.added += shard.added;
  total.updated += shard.updated;
  total.unchanged += shard.unchanged;
  total.skipped += shard.skipped;
  total.removed += shard.removed;
  total.warnings += shard.warnings;
  total.bytes += shard.bytes;
  total.interrupted = total.interrupted || shard.interrupted;
  if (total.reanalysed_from.empty()) total.reanalysed_from = shard.reanalysed_from;
  total.documents_in_db += shard.documents_in_db;
}

}  // namespace

void check_not_sharded(const std::string& db) {
  if (unsigned existing = existing_shards(db))
    throw FatalError("'" + db + "' is a sharded index of " + std::to_string(existing) +
                     " shards: index it with --shards " + std::to_string(existing));
}

IndexStats run_sharded_index(const IndexOptions& options, unsigned shards, const Reporter& report) {
  prepare_folder(options.db, shards);
  const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::mutex report_mutex;  // one problem line at a time, whichever shard finds it
  Reporter locked_report = [&](Severity severity, const archive::Diagnostic& diagnostic) {
    std::lock_guard<std::mutex> lock(report_mutex);
    report(severity, diagnostic);
  };

  const auto start = std::chrono::steady_clock::now();
  std::vector<IndexStats> stats(shards);
  std::vector<std::exception_ptr> errors(shards);
  std::vector<std::thread> runs;
  for (unsigned i = 0; i < shards; ++i) {
    runs.emplace_back([&, i] {
      IndexOptions shard = options;
      shard.db = (fs::path(options.db) / shards::shard_folder_name(i)).string();
      shard.shard = {i, shards};
      shard.jobs = std::max(1u, jobs / shards);
      shard.on_progress = nullptr;  // one line per shard would garble the terminal
      try {
        stats[i] = run_index(shard, locked_report);
      } catch (...) {
        errors[i] = std::current_exception();
        request_stop();  // the other shards commit what they have and stop
      }
    });
  }
  for (std::thread& run : runs) run.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);

  IndexStats total;
  for (const IndexStats& shard : stats) add(total, shard);
  total.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return total;
}

}  // namespace kiosque::indexing
