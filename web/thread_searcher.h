// One Searcher per server thread (a Searcher, like a Xapian::Database handle,
// is not thread-safe), kept on the index's latest committed revision, so that
// an index being updated by `kiosque index` is served without a restart.
//
// Before each request the handle is reopened (cheap when nothing changed; a
// new Searcher when something did, to pick up new languages and aliases). A
// search that meets Xapian::DatabaseModifiedError (the revision it read was
// overwritten by a later commit) runs again on a fresh Searcher.
#pragma once

#include <xapian.h>

#include <string>

#include "search/searcher.h"

namespace kiosque::web {

// This thread's Searcher on `db`, up to date. Throws Xapian errors from
// opening the index.
Searcher& thread_searcher(const std::string& db, bool fresh = false);

// Times a request is run again on a fresh Searcher after
// DatabaseModifiedError. Once is enough at the indexer's usual pace (a commit
// every 10000 articles); a writer committing every few milliseconds
// (--commit-every 5) can overtake a search twice.
inline constexpr int kModifiedRetries = 3;

// Runs f(Searcher&) and returns its result, retrying on a modified database.
template <typename F>
auto with_searcher(const std::string& db, F&& f) -> decltype(f(std::declval<Searcher&>())) {
  for (int retry = 0;; ++retry) {
    try {
      return f(thread_searcher(db, retry > 0));
    } catch (const Xapian::DatabaseModifiedError&) {
      if (retry == kModifiedRetries) throw;
    }
  }
}

}  // namespace kiosque::web
