// The Searchers the server's threads share, kept on the index's latest
// committed revision, so that an index being updated by `kiosque index` is
// served without a restart.
//
// A Searcher, like a Xapian::Database handle, is not thread-safe, and holds
// open files and caches: the server keeps at most --threads of them, lent to
// one request at a time. A connection thread (there are many more of them,
// most waiting on idle keep-alive connections) borrows one only while it
// searches, and when all are busy waits its turn, first come first served.
// That bounds memory and open files however many clients connect.
//
// Before each request the borrowed handle is reopened (cheap when nothing
// changed; a new Searcher when something did, to pick up new languages and
// aliases). A search that meets Xapian::DatabaseModifiedError (the revision
// it read was overwritten by a later commit) runs again on a fresh Searcher.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <string>

#include "search/searcher.h"

namespace kiosque::web {

// Searchers open at once on one index (set once, before serving; default 8).
void set_searcher_limit(std::size_t limit);

// A Searcher on `db` borrowed for one request, returned when destroyed.
class SearcherLease {
 public:
  explicit SearcherLease(const std::string& db);  // waits while all are busy
  ~SearcherLease();
  SearcherLease(const SearcherLease&) = delete;
  SearcherLease& operator=(const SearcherLease&) = delete;

  // The Searcher, up to date (a new one when `fresh`). Throws Xapian errors
  // from opening the index.
  search::Searcher& get(bool fresh = false);

 private:
  std::string db_;
  std::unique_ptr<search::Searcher> searcher_;
};

// Times a request is run again on a fresh Searcher after
// DatabaseModifiedError. Once is enough at the indexer's usual pace (a commit
// every 10000 articles); a writer committing every few milliseconds
// (--commit-every 5) can overtake a search twice.
inline constexpr int kModifiedRetries = 3;

// Runs f(Searcher&) and returns its result, retrying on a modified database.
// Never call it inside `f`: a request holds one Searcher at a time (two
// nested leases could wait on each other when all are lent).
template <typename F>
auto with_searcher(const std::string& db, F&& f) -> decltype(f(std::declval<search::Searcher&>())) {
  SearcherLease lease(db);
  for (int retry = 0;; ++retry) {
    try {
      return f(lease.get(retry > 0));
    } catch (const Xapian::DatabaseModifiedError&) {
      if (retry == kModifiedRetries) throw;
    }
  }
}

}  // namespace kiosque::web
