#include "searcher_pool.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <vector>

namespace kiosque::web {

namespace {

// A request waiting for a Searcher: the one returned next is handed to it.
struct Waiter {
  std::condition_variable granted_cv;
  bool granted = false;
  std::unique_ptr<search::Searcher> searcher;
};

// The Searchers of one index: idle ones (null: a free slot, nothing open
// yet), how many are lent, and the requests waiting, first come first served
// (under load, no request waits much longer than the others).
struct Pool {
  std::vector<std::unique_ptr<search::Searcher>> idle;
  std::size_t lent = 0;
  std::deque<Waiter*> waiting;
};

std::mutex g_mutex;
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
  if (pool.waiting.empty() && !pool.idle.empty()) {
    searcher_ = std::move(pool.idle.back());
    pool.idle.pop_back();
    ++pool.lent;
  } else if (pool.waiting.empty() && pool.lent < g_limit) {
    ++pool.lent;  // a new slot: get() opens the index
  } else {
    Waiter waiter;
    pool.waiting.push_back(&waiter);
    waiter.granted_cv.wait(lock, [&] { return waiter.granted; });
    searcher_ = std::move(waiter.searcher);  // still counted in `lent` by whoever handed it over
  }
}

SearcherLease::~SearcherLease() {
  std::lock_guard<std::mutex> lock(g_mutex);
  Pool& pool = g_pools[db_];
  if (!pool.waiting.empty()) {
    Waiter* next = pool.waiting.front();
    pool.waiting.pop_front();
    next->searcher = std::move(searcher_);
    next->granted = true;
    next->granted_cv.notify_one();
  } else {
    --pool.lent;
    pool.idle.push_back(std::move(searcher_));
  }
}

search::Searcher& SearcherLease::get(bool fresh) {
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
    searcher_ = std::make_unique<search::Searcher>(db_);
  }
  return *searcher_;
}

}  // namespace kiosque::web
