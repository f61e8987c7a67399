#include "search/partitioned_match.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include "facets/facet_counter.h"
#include "search/match_bounds.h"
#include "search/posting_walk.h"

namespace kiosque::search {

namespace {

// The docids of one part, as a boolean filter for Xapian's matcher: the
// matcher skips straight from one of the part's blocks to the next.
class PartitionSource : public Xapian::PostingSource {
 public:
  explicit PartitionSource(DocidPartition part) : part_(part) {}
  Xapian::PostingSource* clone() const override { return new PartitionSource(part_); }
  std::string name() const override { return "Kiosque.PartitionSource"; }
  void init(const Xapian::Database& db) override {
    last_ = db.get_lastdocid();
    documents_ = db.get_doccount();
    current_ = 0;
  }
  // Docids of deleted documents are members too; the query's side of the
  // filter never matches them, and no frequency bound is claimed.
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return documents_ / std::max(1u, part_.parts); }
  Xapian::doccount get_termfreq_max() const override { return documents_; }
  void next(double) override { current_ = part_.next(current_ + 1); }
  void skip_to(Xapian::docid did, double) override {
    if (did > current_) current_ = part_.next(did);
  }
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }

 private:
  DocidPartition part_;
  Xapian::docid last_ = 0, current_ = 0;
  Xapian::doccount documents_ = 0;
};

struct PartAnswer {
  std::size_t total = 0;
  std::vector<RankedMatch> top;
};

// Xapian's order: relevance, or the sort value (descending) then
// relevance; equal keys by docid.
bool ranks_before(const RankedMatch& a, const RankedMatch& b) {
  if (a.sort_key != b.sort_key) return a.sort_key > b.sort_key;
  if (a.weight != b.weight) return a.weight > b.weight;
  return a.docid < b.docid;
}

PartAnswer match_part(const Xapian::Database& db, const Xapian::Query& query, DocidPartition part,
                      std::optional<Xapian::valueno> sort_slot, std::size_t wanted, facets::FacetCounter* counter,
                      bool walk, bool count_misses) {
  PartAnswer out;
  if (walk) {
    out.total = *walk_partition(db, query, part, counter, count_misses);
    if (wanted == 0 || out.total == 0) return out;
  }
  Xapian::Enquire enquire(db);
  Xapian::Query in_part((new PartitionSource(part))->release());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, in_part));
  if (sort_slot) enquire.set_sort_by_value_then_relevance(*sort_slot, true);
  if (!walk) {
    // Phrases and the like: Xapian's matcher counts and ranks in one pass,
    // visiting every match (checkatleast), each shown to the counter.
    if (wanted == 0) enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (counter) enquire.add_matchspy(counter);
  }
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(wanted), walk ? 0 : db.get_doccount());
  if (!walk) out.total = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it)
    out.top.push_back({*it, it.get_weight(), sort_slot ? it.get_sort_key() : std::string()});
  return out;
}

}  // namespace

namespace {
std::atomic<unsigned> searches_running{0};
}  // namespace

class PartitionedMatcher::Worker {
 public:
  Worker() : thread_([this] { loop(); }) {}
  ~Worker() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }
  std::future<PartAnswer> run(std::packaged_task<PartAnswer()> task) {
    std::future<PartAnswer> answer = task.get_future();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      task_ = std::move(task);
    }
    wake_.notify_one();
    return answer;
  }

 private:
  void loop() {
    while (true) {
      std::packaged_task<PartAnswer()> task;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [this] { return stop_ || task_.valid(); });
        if (stop_) return;
        task = std::move(task_);
      }
      task();  // an exception goes to the future
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::packaged_task<PartAnswer()> task_;
  bool stop_ = false;
  std::thread thread_;  // last: starts once the rest is built
};

// Cores no process uses, by the 1-minute load average (this search's own
// thread included in it), read at most once a second.
unsigned idle_cores() {
  static std::atomic<std::int64_t> read_at{0};
  static std::atomic<unsigned> idle{0};
  const std::int64_t now =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
  if (read_at.load(std::memory_order_relaxed) != now) {
    double load = 0;
    const double cores = std::max(1u, std::thread::hardware_concurrency());
    idle = getloadavg(&load, 1) == 1 && load < cores ? static_cast<unsigned>(std::floor(cores - load)) : 0;
    read_at = now;
  }
  return idle.load(std::memory_order_relaxed);
}

SearchRunning::SearchRunning() { ++searches_running; }
SearchRunning::~SearchRunning() { --searches_running; }
unsigned SearchRunning::now() { return searches_running.load(std::memory_order_relaxed); }

PartitionedMatcher::PartitionedMatcher(std::function<Xapian::Database()> open, unsigned threads)
    : open_(std::move(open)), threads_(std::max(1u, threads)) {}

PartitionedMatcher::~PartitionedMatcher() = default;

std::optional<PartitionedAnswer> PartitionedMatcher::match(const Xapian::Database& db, const Xapian::Query& query,
                                                           std::optional<Xapian::valueno> sort_slot,
                                                           std::size_t offset, std::size_t limit,
                                                           facets::FacetCounter* counter) {
  // The cores other searches do not hold (this one is among those running).
  const unsigned others_running = SearchRunning::now() > 0 ? SearchRunning::now() - 1 : 0;
  unsigned threads = threads_ > others_running ? threads_ - others_running : 1;
  if (load_aware_) threads = std::min(threads, 1 + idle_cores());
  if (threads < 2 || query.empty()) return std::nullopt;
  const MatchBounds bounds = match_bounds(db, query);
  if (bounds.upper < partition_from_) return std::nullopt;
  const bool walk = walkable(db, query);
  // Every handle on the caller's revision, or the scores could differ.
  const Xapian::rev revision = db.get_revision();
  while (others_.size() + 1 < threads) {
    others_.push_back(open_());
    workers_.push_back(std::make_unique<Worker>());
  }
  for (unsigned i = 0; i + 1 < threads; ++i)
    if (others_[i].get_revision() != revision && (others_[i].reopen(), others_[i].get_revision() != revision))
      return std::nullopt;

  // A query matching most articles counts its non-matches (posting_walk.h).
  const bool count_misses = walk && counter && mostly_matches(bounds, db.get_doccount());
  if (count_misses) counter->add_all();
  const std::size_t wanted = limit ? offset + limit : 0;
  const std::string serialised = query.serialise();
  std::vector<std::unique_ptr<facets::FacetCounter>> counters;
  std::vector<std::future<PartAnswer>> helpers;
  for (unsigned i = 1; i < threads; ++i) {
    counters.push_back(counter ? counter->empty_copy() : nullptr);
    // Xapian counts a query's references without atomics: each thread gets
    // its own copy of the tree, not a handle on the caller's.
    helpers.push_back(workers_[i - 1]->run(std::packaged_task<PartAnswer()>(
        [&other = others_[i - 1], own = Xapian::Query::unserialise(serialised), part = DocidPartition{i, threads},
         sort_slot, wanted, part_counter = counters.back().get(), walk, count_misses] {
          return match_part(other, own, part, sort_slot, wanted, part_counter, walk, count_misses);
        })));
  }
  // The workers use others_ and the counters: every part ends before this
  // returns, also by an exception.
  auto wait_all = [&helpers] {
    for (std::future<PartAnswer>& helper : helpers) helper.wait();
  };
  PartAnswer first;
  try {
    first = match_part(db, query, DocidPartition{0, threads}, sort_slot, wanted, counter, walk, count_misses);
  } catch (...) {
    wait_all();
    throw;
  }
  wait_all();

  PartitionedAnswer out;
  out.total = first.total;
  std::vector<RankedMatch> merged = std::move(first.top);
  for (std::size_t i = 0; i < helpers.size(); ++i) {
    PartAnswer part = helpers[i].get();
    out.total += part.total;
    if (counter) counter->merge(*counters[i]);
    merged.insert(merged.end(), std::make_move_iterator(part.top.begin()), std::make_move_iterator(part.top.end()));
  }
  std::sort(merged.begin(), merged.end(), ranks_before);
  if (merged.size() > offset)
    out.page.assign(std::make_move_iterator(merged.begin() + static_cast<std::ptrdiff_t>(offset)),
                    std::make_move_iterator(merged.begin() + static_cast<std::ptrdiff_t>(std::min(merged.size(), wanted))));
  return out;
}

}  // namespace kiosque::search
