// One broad query on several cores: its matches are split by docid
// (search/posting_walk.h, DocidPartition), each thread counts and ranks its
// part on its own Xapian::Database handle, and the parts are merged into the
// answer one thread would give: the same total, facet counts and page.
//
// Scores merge because every handle reads the whole index, so BM25's
// statistics (document count, term frequencies, average length) are the
// index's, not the part's: a document weighs the same in any part. The
// page is then the best of the parts' pages, in Xapian's order (by weight,
// or by date then weight; ties by docid).
//
// Only for one local database whose docids are FacetTable's; worth it only
// for a query that can match many articles (kPartitionFrom): otherwise a
// thread costs more than it saves. A query the posting walk can count
// (search/posting_walk.h) is counted by it; any other (a phrase) by Xapian's
// matcher in the same pass that ranks the part.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiosque::facets {
class FacetCounter;
}  // namespace kiosque::facets

namespace kiosque::search {

// Below this many possible matches (search/match_bounds.h) a query runs on
// one thread: at about a microsecond a match, a few thousand matches are
// what starting a thread and merging costs.
inline constexpr std::size_t kPartitionFrom = 4000;

// Counts the searches running in this process (every Searcher's) while it
// lives: a query is split only over cores no other search holds, so a
// loaded server keeps one thread per search.
class SearchRunning {
 public:
  SearchRunning();
  ~SearchRunning();
  SearchRunning(const SearchRunning&) = delete;
  SearchRunning& operator=(const SearchRunning&) = delete;
  static unsigned now();
};

struct RankedMatch {
  Xapian::docid docid = 0;
  double weight = 0;
  std::string sort_key;  // the date slot, when sorted by date
};

struct PartitionedAnswer {
  std::size_t total = 0;          // exact
  std::vector<RankedMatch> page;  // ranks offset + 1 ... in order
};

class PartitionedMatcher {
 public:
  // `open` opens another handle on the index the caller's database reads
  // (one per extra thread, kept across searches).
  PartitionedMatcher(std::function<Xapian::Database()> open, unsigned threads);
  ~PartitionedMatcher();

  // Threads used at most, the caller's included; 1: never partitions.
  // Fewer while other searches run (SearchRunning).
  unsigned threads() const { return threads_; }
  // Partitions queries with at least this many possible matches (tests
  // lower it to 0).
  void set_partition_from(std::size_t matches) { partition_from_ = matches; }
  // Whether the cores other processes keep busy (the load average) are
  // left to them: on by default, since a thread waiting for a core makes
  // the query slower than one thread would (measured on a shared 2-core
  // machine: 15 to 25% slower). Tests turn it off.
  void set_load_aware(bool aware) { load_aware_ = aware; }

  // The total, counts (into `counter`, when given) and the page
  // [offset, offset + limit) of `query` on `db`, ranked by relevance or by
  // `sort_slot` (newest first) then relevance; nullopt when the query is
  // not worth splitting or another handle cannot be put on `db`'s
  // revision: the caller searches on one thread.
  std::optional<PartitionedAnswer> match(const Xapian::Database& db, const Xapian::Query& query,
                                         std::optional<Xapian::valueno> sort_slot, std::size_t offset,
                                         std::size_t limit, facets::FacetCounter* counter);

 private:
  class Worker;  // a thread kept for the searches to come: none started per query

  std::function<Xapian::Database()> open_;
  unsigned threads_;
  std::size_t partition_from_ = kPartitionFrom;
  bool load_aware_ = true;
  std::vector<Xapian::Database> others_;  // one per extra thread, opened on first need
  std::vector<std::unique_ptr<Worker>> workers_;  // beside others_
};

}  // namespace kiosque::search
