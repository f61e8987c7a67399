#include "search/term_union.h"

#include <algorithm>

namespace kiosque::search {

void TermUnion::open(const Xapian::Database& db, const std::vector<std::string>& terms) {
  cursors_.clear();
  termfreq_ = 0;
  for (const std::string& term : terms) {
    Xapian::PostingIterator it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) continue;
    termfreq_ += db.get_termfreq(term);
    cursors_.push_back({term, it, db.postlist_end(term)});
  }
  termfreq_ = std::min(termfreq_, db.get_doccount());
  current_ = 0;
  started_ = false;
}

void TermUnion::settle() {
  current_ = 0;
  for (const Cursor& c : cursors_)
    if (c.it != c.end && (current_ == 0 || *c.it < current_)) current_ = *c.it;
}

void TermUnion::next() {
  if (!started_) {
    started_ = true;
  } else {
    for (Cursor& c : cursors_)
      if (c.it != c.end && *c.it == current_) ++c.it;
  }
  settle();
}

void TermUnion::skip_to(Xapian::docid did) {
  started_ = true;
  for (Cursor& c : cursors_)
    if (c.it != c.end && *c.it < did) c.it.skip_to(did);
  settle();
}

}  // namespace kiosque::search
