#include "thread_searcher.h"

#include <memory>

namespace kiosque::web {

Searcher& thread_searcher(const std::string& db, bool fresh) {
  thread_local std::unique_ptr<Searcher> searcher;
  thread_local std::string path;
  bool stale = !searcher || path != db || fresh;
  if (!stale) {
    try {
      stale = searcher->reopen();
    } catch (const Xapian::Error&) {
      stale = true;  // the index was removed or rebuilt under us: open it anew
    }
  }
  if (stale) {
    searcher.reset();  // close the old handle first; if opening fails, the next request tries again
    searcher = std::make_unique<Searcher>(db);
    path = db;
  }
  return *searcher;
}

}  // namespace kiosque::web
