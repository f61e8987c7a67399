#include "thread_searcher.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <vector>

namespace kiosque::web {

namespace {

// The Searchers of one index: idle ones (null: a free slot, nothing open yet)
// and how many are lent.
struct Pool {
  std::vector<std::unique_ptr<Searcher>> idle;
  std::size_t lent = 0;
};

std::mutex g_mutex;
std::condition_variable g_returned;
std::size_t g_limit = 8;
std::map<std::string, Pool> g_pools;

}  // namespace

void set_searcher_limit(std::size_t limit) {
  std::lock_guard<std::mutex> lock(g_mutex);
  g_limit = limit ? limit : 1;
}

SearcherLease::SearcherLease(const std::string& db) : db_(db) {
  std::unique_lock<std::mutex> lock(g_mutex);
  Pool& pool = g_pools[db];
  g_returned.wait(lock, [&] { return !pool.idle.empty() || pool.lent < g_limit; });
  if (!pool.idle.empty()) {
    searcher_ = std::move(pool.idle.back());
    pool.idle.pop_back();
  }
  ++pool.lent;
}

SearcherLease::~SearcherLease() {
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    Pool& pool = g_pools[db_];
    --pool.lent;
    pool.idle.push_back(std::move(searcher_));
  }
  g_returned.notify_all();  // waiters may be on another index
}

Searcher& SearcherLease::get(bool fresh) {
  bool stale = !searcher_ || fresh;
  if (!stale) {
    try {
      stale = searcher_->reopen();
    } catch (const Xapian::Error&) {
      stale = true;  // the index was removed or rebuilt under us: open it anew
    }
  }
  if (stale) {
    searcher_.reset();  // close the old handle first; if opening fails, the next request tries again
    searcher_ = std::make_unique<Searcher>(db_);
  }
  return *searcher_;
}

}  // namespace kiosque::web
