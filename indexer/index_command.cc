#include "index_command.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "errors.h"
#include "facets/facet_table.h"
#include "indexing/index_run.h"
#include "indexing/sharded_index.h"
#include "shards/index_database.h"
#include "progress.h"
#include "schema.h"

namespace kiosque::indexer {

using namespace indexing;

namespace {

constexpr const char* kHelp = R"(Usage: kiosque index --db DIR [options] PATH...

Reads news articles and adds them to the search index in DIR (created if
needed). PATH is a folder, walked recursively for .txt articles in the
archive format, or a .jsonl file with one JSON article per line.

Re-indexing replaces articles by id and skips unchanged ones.

Options:
  --db DIR          index folder (required)
  --prune           remove articles whose source file or line is gone from
                    the folders and .jsonl files given
  --jobs N          analysis threads (default: one per core)
  --shards N        write N shard databases in parallel and the stub DIR/XAPIANDB
                    listing them; search and serve DIR as one index. The same
                    N every time (articles are placed by a hash of their id)
  --max-size MIB    skip articles larger than this (default: 16)
  --commit-every N  documents between commits (default: 1000; sooner when
                    they add up to 16 MiB)
  --aliases FILE    extra entity aliases (repeatable; format in the README),
                    applied after the default ones; a changed file re-indexes
  --source NAME     the publication of the .txt articles (and of JSON lines
                    without a "source"): the source facet
  --no-entities     do not extract persons, places and organisations
  --ner-model FILE  entity model (default: models/ner-fr.model)
  --quiet           no progress line
  -h, --help        this help

Exit codes: 0 all indexed, 1 fatal error, 2 usage error, 3 some inputs
skipped (each is reported with file and line), 130 interrupted.
)";

void on_signal(int) { request_stop(); }

}  // namespace

int index_command(const std::vector<std::string>& args) {
  IndexOptions options;
  unsigned shards = 0;  // 0: one unsharded database
  bool show_progress = false;
  try {
    cli::Arguments parsed(args, {"--db", "--jobs", "--shards", "--max-size", "--commit-every", "--aliases", "--ner-model",
                                 "--source"},
                          {"--prune", "--quiet", "--no-entities"});
    if (parsed.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    options.db = parsed.required("--db");
    options.paths = parsed.positional();
    if (options.paths.empty()) throw cli::UsageError("give at least one PATH (a folder or a .jsonl file)");
    options.prune = parsed.flag("--prune");
    options.jobs = static_cast<unsigned>(parsed.number("--jobs", 0, 1, 256));
    shards = static_cast<unsigned>(parsed.number("--shards", 0, 1, 256));
    options.max_article_bytes = static_cast<std::uintmax_t>(parsed.number("--max-size", 16, 1, 4096)) << 20;
    options.commit_every = static_cast<std::size_t>(parsed.number("--commit-every", kDefaultCommitEvery, 1, 100000000));
    show_progress = !parsed.flag("--quiet") && isatty(STDERR_FILENO);
    options.entities = !parsed.flag("--no-entities");
    options.alias_files = parsed.values("--aliases");
    options.source = parsed.value("--source").value_or("");
    options.ner_model = parsed.value("--ner-model").value_or("");
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque index: " << e.what() << "\nRun 'kiosque index --help' for usage.\n";
    return cli::kExitUsage;
  }

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::optional<Progress> progress;
  if (show_progress)
    options.on_progress = [&progress](std::size_t documents, std::uintmax_t bytes, std::uintmax_t total_bytes) {
      if (!progress) progress.emplace(true, total_bytes);
      progress->update(documents, bytes);
    };
  auto report = [&progress](Severity severity, const archive::Diagnostic& d) {
    if (progress) progress->clear();
    std::cerr << (severity == Severity::kWarning ? "warning: " : "skipped: ") << d.to_string() << '\n';
  };
  IndexStats stats;
  try {
    if (shards) {
      stats = run_sharded_index(options, shards, report);
    } else {
      check_not_sharded(options.db);
      stats = run_index(options, report);
    }
  } catch (const FatalError& e) {
    if (progress) progress->clear();
    std::cerr << "kiosque index: " << e.what() << '\n';
    return error_info(ErrorKind::kIndexUnavailable).exit_code;  // locked, unwritable, another index's shards
  }

  if (progress) progress->clear();

  // Searches count facets from a table of the index's revision
  // (facets/facet_table.h): written now, the first search need not build it.
  if (!stats.interrupted && stats.added + stats.updated + stats.removed > 0) {
    try {
      shards::IndexDatabase index(options.db);
      facets::FacetTable::for_database(options.db, index.database(), index.signature());
    } catch (const Xapian::Error&) {
      // Searches build it themselves.
    }
  }

  std::size_t read = stats.added + stats.updated + stats.unchanged;
  double rate = stats.seconds > 0 ? (stats.added + stats.updated) / stats.seconds : 0;
  double mb_rate = stats.seconds > 0 ? stats.bytes / 1e6 / stats.seconds : 0;
  std::printf("%s: %zu new, %zu updated, %zu unchanged, %zu skipped, %zu removed, %zu warnings\n",
              stats.interrupted ? "interrupted" : "indexed", stats.added, stats.updated, stats.unchanged,
              stats.skipped, stats.removed, stats.warnings);
  std::printf("%zu articles read in %.2f s (%.0f docs/s, %.2f MB/s); the index holds %zu documents\n", read,
              stats.seconds, rate, mb_rate, stats.documents_in_db);
  if (!stats.reanalysed_from.empty()) {
    // The fingerprint starts with the schema version (indexing/index_run.cc).
    std::string old_schema = stats.reanalysed_from.substr(0, stats.reanalysed_from.find(':'));
    std::printf("The index was built with another analysis (schema %s, or another entity model or aliases; this "
                "Kiosque writes schema %d): every article was indexed again.\n",
                old_schema.c_str(), schema::kSchemaVersion);
  }
  if (stats.interrupted) {
    std::printf("Stopped: what was indexed is committed. Run the same command again to resume; unchanged "
                "articles are skipped.\n");
    return error_info(ErrorKind::kInterrupted).exit_code;
  }
  return stats.skipped ? error_info(ErrorKind::kPartial).exit_code : cli::kExitOk;
}

}  // namespace kiosque::indexer
