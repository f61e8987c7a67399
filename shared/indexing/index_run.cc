#include "indexing/index_run.h"

#include <unistd.h>
#include <xapian.h>

#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "archive/jsonl_article.h"
#include "archive/content_hash.h"
#include "archive/text_article.h"
#include "indexing/blocking_queue.h"
#include "dates/date_mentions.h"
#include "document_builder.h"
#include "extraction/entity_extractor.h"
#include "extraction/model_paths.h"
#include "schema.h"
#include "language_detect.h"
#include "indexing/sources.h"

namespace kiosque::indexing {

namespace {

std::atomic<bool> g_stop{false};

// Xapian refuses terms over 245 bytes; an id term must fit.
constexpr std::size_t kMaxIdTermBytes = 240;

struct WorkItem {
  const SourceFile* source = nullptr;
  std::size_t line = 0;  // JSON Lines: 1-based line number
  std::string bytes;
  std::optional<archive::Diagnostic> error;  // set when the input could not be read
};

struct WorkResult {
  enum class Outcome { kDocument, kUnchanged, kSkipped } outcome = Outcome::kSkipped;
  std::string id;  // empty when unknown (malformed JSON line)
  const SourceFile* source = nullptr;
  Xapian::Document document;
  std::vector<archive::Diagnostic> warnings;
  std::optional<archive::Diagnostic> error;
  std::size_t bytes = 0;
};

std::string label(const SourceFile& source) { return source.path; }

// Checks, against the last committed state, whether `id` is indexed from the
// same bytes. Reopens the snapshot when the writer has moved past it.
class UnchangedCheck {
 public:
  UnchangedCheck(const std::string& path, bool enabled) {
    if (!enabled) return;
    try {
      db_ = std::make_unique<Xapian::Database>(path);
    } catch (const Xapian::Error&) {
      db_.reset();
    }
  }

  bool unchanged(const std::string& id_term, const std::string& hash) {
    if (!db_) return false;
    for (int attempt = 0; attempt < 3; ++attempt) {
      try {
        Xapian::PostingIterator it = db_->postlist_begin(id_term);
        if (it == db_->postlist_end(id_term)) return false;
        return db_->get_document(*it, Xapian::DOC_ASSUME_VALID).get_value(schema::kContentHashSlot) == hash;
      } catch (const Xapian::DatabaseModifiedError&) {
        db_->reopen();
      } catch (const Xapian::Error&) {
        return false;
      }
    }
    return false;
  }

 private:
  std::unique_ptr<Xapian::Database> db_;
};

WorkResult analyse(WorkItem& item, DocumentBuilder& builder, UnchangedCheck& check,
                   const extraction::EntityExtractor* extractor, const shards::ShardSlice& shard,
                   const std::string& default_source) {
  WorkResult result;
  result.source = item.source;
  result.bytes = item.bytes.size();
  const SourceFile& source = *item.source;
  if (source.format == SourceFile::Format::kText) result.id = source.id;
  if (item.error) {
    result.error = item.error;
    return result;
  }
  try {
    Article article = source.format == SourceFile::Format::kText
                          ? parse_text_article(item.bytes, label(source), source.id, result.warnings)
                          : parse_jsonl_article(item.bytes, label(source), item.line, result.warnings);
    result.id = article.id;
    if (article.source.empty() && !default_source.empty()) {
      // --source: the publication is part of the article, so a new name
      // re-indexes it although its bytes are unchanged.
      article.source = default_source;
      article.content_hash = archive::content_hash(article.content_hash + "\n" + default_source);
    }
    if (!shard.owns(result.id)) return result;  // another shard's: dropped before analysis
    std::string id_term = schema::term(schema::kIdPrefix, article.id);
    if (id_term.size() > kMaxIdTermBytes)
      throw archive::InputError({label(source), item.line, "id longer than " + std::to_string(kMaxIdTermBytes - 1) + " bytes"});
    if (check.unchanged(id_term, article.content_hash)) {
      result.outcome = WorkResult::Outcome::kUnchanged;
      return result;
    }
    if (article.language.empty()) article.language = detect_language(article.body_text());
    if (extractor) extractor->extract(article);
    dates::find_mentioned_dates(article);
    result.document = builder.build(article, source.root);
    result.outcome = WorkResult::Outcome::kDocument;
  } catch (const archive::InputError& e) {
    result.error = e.diagnostic();
  } catch (const std::exception& e) {
    result.error = archive::Diagnostic{label(source), item.line, std::string("cannot index: ") + e.what()};
  }
  return result;
}

// Reads every source into work items; stops early on request_stop().
void read_sources(const SourceList& sources, const IndexOptions& options, BlockingQueue<WorkItem>& work) {
  auto too_large = [&](std::uintmax_t size) {
    return "larger than the limit of " + std::to_string(options.max_article_bytes >> 20) + " MiB (" +
           std::to_string(size) + " bytes)";
  };
  for (const SourceFile& source : sources.files) {
    if (g_stop) break;
    if (source.format == SourceFile::Format::kText) {
      WorkItem item;
      item.source = &source;
      if (source.size > options.max_article_bytes) {
        item.error = archive::Diagnostic{source.path, 0, too_large(source.size)};
      } else {
        std::ifstream in(source.path, std::ios::binary);
        std::ostringstream content;
        if (in) content << in.rdbuf();
        if (!in || in.bad())
          item.error = archive::Diagnostic{source.path, 0, "cannot read file"};
        else
          item.bytes = content.str();
      }
      if (!work.push(std::move(item))) return;
      continue;
    }
    std::ifstream in(source.path, std::ios::binary);
    if (!in) {
      WorkItem item;
      item.source = &source;
      item.error = archive::Diagnostic{source.path, 0, "cannot read file"};
      if (!work.push(std::move(item))) return;
      continue;
    }
    std::string line;
    for (std::size_t number = 1; std::getline(in, line) && !g_stop; ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      WorkItem item;
      item.source = &source;
      item.line = number;
      if (line.size() > options.max_article_bytes)
        item.error = archive::Diagnostic{source.path, number, too_large(line.size())};
      else
        item.bytes = std::move(line);
      if (!work.push(std::move(item))) return;
      line.clear();
    }
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FatalError("cannot read '" + path + "'");
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// What decides how an article is indexed besides its own bytes: the schema,
// whether entities are extracted, the model and the aliases. When it changes,
// every article is indexed again instead of being skipped as unchanged.
std::string analysis_fingerprint(const IndexOptions& options, const std::string& model_path,
                                 const std::string& alias_text) {
  std::string fingerprint = std::to_string(schema::kSchemaVersion);
  if (options.entities) fingerprint += ":" + archive::content_hash(read_file(model_path)) + ":" + archive::content_hash(alias_text);
  return fingerprint;
}

// Whether `path` holds what Xapian leaves of a database whose creation was
// killed before it wrote its version file (iamglass): a lock file, empty
// tables, a temporary version file, and nothing else. No revision was ever
// committed there, so nothing is lost by starting it again.
bool unfinished_creation(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec) || std::filesystem::exists(path / "iamglass", ec)) return false;
  bool any = false;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file(ec) || !(name == "flintlock" || ext == ".glass" || ext == ".tmp")) return false;
    any = true;
  }
  return any && !ec;
}

Xapian::WritableDatabase open_writable(const std::string& path) {
  // Xapian creates the index folder but not its parents ("data/index").
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  try {
    try {
      return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseOpeningError&) {
      // Killed while creating it (kill -9 in its first tenth of a second):
      // create it again. (Another writer would have raised a lock error.)
      if (!unfinished_creation(path)) throw;
      for (const auto& entry : std::filesystem::directory_iterator(path)) std::filesystem::remove(entry.path());
      return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    }
  } catch (const Xapian::DatabaseLockError&) {
    // Xapian says "locked" too when it cannot create its lock file.
    if (access(path.c_str(), W_OK) != 0)
      throw FatalError("database '" + path + "' is read-only: " + std::strerror(errno) +
                       " (index into a writable folder, or mount it read-write)");
    throw FatalError("database '" + path + "' is locked by another writer (is another `kiosque index` running?); "
                     "wait for it to finish and run again");
  } catch (const Xapian::Error& e) {
    throw FatalError("cannot open database '" + path + "' for writing: " + e.get_msg() +
                     " (check that the folder is writable and is a Kiosque index)");
  }
}

// Deletes documents under `roots` whose id was not seen in this run.
std::size_t prune(Xapian::WritableDatabase& db, const std::vector<std::string>& roots,
                  const std::unordered_set<std::string>& seen) {
  std::size_t removed = 0;
  const std::string id_prefix(schema::kIdPrefix);
  for (const std::string& root : roots) {
    std::string root_term = source_root_term(root);
    std::vector<Xapian::docid> stale;
    for (auto it = db.postlist_begin(root_term); it != db.postlist_end(root_term); ++it) {
      Xapian::Document doc = db.get_document(*it);
      Xapian::TermIterator term = doc.termlist_begin();
      term.skip_to(id_prefix);
      if (term == doc.termlist_end() || (*term).compare(0, id_prefix.size(), id_prefix) != 0) continue;
      if (!seen.count((*term).substr(id_prefix.size()))) stale.push_back(*it);
    }
    for (Xapian::docid id : stale) db.delete_document(id);
    removed += stale.size();
  }
  return removed;
}

}  // namespace

void request_stop() { g_stop = true; }

IndexStats run_index(const IndexOptions& options, const Reporter& report) {
  g_stop = false;
  IndexStats stats;
  SourceList sources = list_sources(options.paths);
  for (const archive::Diagnostic& problem : sources.problems) {
    if (!options.shard.owns("")) break;  // a sharded run: shard 0 reports these
    ++stats.skipped;
    report(Severity::kSkipped, problem);
  }
  std::uintmax_t total_bytes = 0;
  for (const SourceFile& file : sources.files) total_bytes += file.size;

  // Entity extraction: one model and alias table, shared by the threads.
  std::optional<extraction::EntityExtractor> extractor;
  std::string model_path = options.ner_model.empty() ? extraction::default_ner_model_path() : options.ner_model;
  std::vector<std::string> alias_files = extraction::default_alias_paths();
  alias_files.insert(alias_files.end(), options.alias_files.begin(), options.alias_files.end());
  std::string alias_text;
  if (options.entities) {
    try {
      extractor.emplace(extraction::EntityExtractor::load(model_path, alias_files));
      for (const std::string& file : alias_files) alias_text += read_file(file) + "\n";
    } catch (const std::exception& e) {
      throw FatalError(std::string(e.what()) + " (index without entities with --no-entities)");
    }
  }
  std::string fingerprint = analysis_fingerprint(options, model_path, alias_text);

  Xapian::WritableDatabase db = open_writable(options.db);
  const std::string stored_fingerprint = db.get_metadata(schema::kSchemaVersionKey);
  bool same_schema = stored_fingerprint == fingerprint;
  if (!same_schema && db.get_doccount() > 0) stats.reanalysed_from = stored_fingerprint.empty() ? "?" : stored_fingerprint;
  // An empty database only ever holds documents of this analysis, so an
  // interrupted first run can resume cheaply.
  if (db.get_doccount() == 0) db.set_metadata(schema::kSchemaVersionKey, fingerprint);
  db.set_metadata(schema::kAliasesKey, alias_text);

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Small bounds: a result holds a whole analysed document, and articles may
  // be megabytes long; a few per thread are enough to keep every thread busy.
  BlockingQueue<WorkItem> work(4 * jobs + 4);
  BlockingQueue<WorkResult> results(4 * jobs + 4);
  std::atomic<unsigned> running{jobs};
  // Workers must not touch the writable database: decide this before they start.
  const bool check_unchanged = same_schema && db.get_doccount() > 0;

  std::thread reader([&] {
    read_sources(sources, options, work);
    work.close();
  });
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      DocumentBuilder builder;
      UnchangedCheck check(options.db, check_unchanged);
      while (auto item = work.pop()) {
        WorkResult result = analyse(*item, builder, check, extractor ? &*extractor : nullptr, options.shard,
                                        options.source);
        if (!options.shard.owns(result.id)) continue;  // another shard's article, or problem
        if (!results.push(std::move(result))) break;
      }
      if (--running == 0) results.close();
    });
  }

  const auto started = std::chrono::steady_clock::now();
  std::unordered_set<std::string> seen;
  std::size_t since_commit = 0, done = 0;
  std::uintmax_t bytes_since_commit = 0;
  auto join_threads = [&] {
    if (reader.joinable()) reader.join();
    for (auto& w : workers)
      if (w.joinable()) w.join();
  };
  auto write_error = [&](const Xapian::Error& e) {
    g_stop = true;
    work.close();
    results.close();
    join_threads();
    return FatalError("cannot write to database '" + options.db + "': " + e.get_msg() +
                      " (is the disk full or the folder read-only?); documents up to the last commit are safe");
  };
  try {
    while (auto result = results.pop()) {
      ++done;
      stats.bytes += result->bytes;
      if (!result->id.empty()) seen.insert(result->id);
      for (const archive::Diagnostic& warning : result->warnings) {
        ++stats.warnings;
        report(Severity::kWarning, warning);
      }
      switch (result->outcome) {
        case WorkResult::Outcome::kSkipped:
            ++stats.skipped;
          report(Severity::kSkipped, *result->error);
          break;
        case WorkResult::Outcome::kUnchanged:
          ++stats.unchanged;
          break;
        case WorkResult::Outcome::kDocument: {
          // Replacing by id term costs no more than add_document() would for
          // a new id (callgrind: the look-up flushes only that term's postings).
          std::string id_term = schema::term(schema::kIdPrefix, result->id);
          (db.term_exists(id_term) ? stats.updated : stats.added)++;
          db.replace_document(id_term, result->document);
          bytes_since_commit += result->bytes;
          if (++since_commit >= options.commit_every || bytes_since_commit >= kCommitBytes) {
            db.commit();
            since_commit = 0;
            bytes_since_commit = 0;
          }
          break;
        }
      }
      if (options.on_progress) options.on_progress(done, stats.bytes, total_bytes);
    }
    join_threads();
    stats.interrupted = g_stop;
    if (options.prune && !stats.interrupted) stats.removed = prune(db, sources.roots, seen);
    // Only a complete run vouches that every document follows this schema.
    if (!stats.interrupted) db.set_metadata(schema::kSchemaVersionKey, fingerprint);
    db.commit();
  } catch (const Xapian::Error& e) {
    throw write_error(e);
  }
  stats.documents_in_db = db.get_doccount();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return stats;
}

}  // namespace kiosque::indexing
