// The documents that have any of a few terms, in docid order: the walk the
// ranking's posting sources (title_words.h, entity_focus.h) share, with the
// terms each document has.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace kiosque::search {

class TermUnion {
 public:
  // Before the first document: next() or skip_to() moves to it.
  void open(const Xapian::Database& db, const std::vector<std::string>& terms);

  bool at_end() const { return current_ == 0; }
  Xapian::docid docid() const { return current_; }
  void next();
  // To the first document at or after `did` (stays when already there).
  void skip_to(Xapian::docid did);
  // The sum of the terms' frequencies, at most the database's size.
  Xapian::doccount termfreq() const { return termfreq_; }

  // Calls f(term) for each term the current document has, until f returns true.
  template <typename F>
  bool any_term(F&& f) const {
    for (const Cursor& c : cursors_)
      if (c.it != c.end && *c.it == current_ && f(c.term)) return true;
    return false;
  }

 private:
  struct Cursor {
    std::string term;
    Xapian::PostingIterator it, end;
  };
  void settle();  // current_: the least docid of the cursors, 0 at the end

  std::vector<Cursor> cursors_;
  Xapian::docid current_ = 0;
  Xapian::doccount termfreq_ = 0;
  bool started_ = false;
};

// A posting source that matches the documents of a TermUnion: the matching
// half the ranking's sources share; each weighs in its own get_weight().
class TermUnionSource : public Xapian::PostingSource {
 public:
  Xapian::doccount get_termfreq_min() const override { return terms_.termfreq() ? 1 : 0; }
  Xapian::doccount get_termfreq_est() const override { return terms_.termfreq(); }
  Xapian::doccount get_termfreq_max() const override { return terms_.termfreq(); }
  Xapian::docid get_docid() const override { return terms_.docid(); }
  bool at_end() const override { return terms_.at_end(); }
  void next(double) override { terms_.next(); }
  void skip_to(Xapian::docid did, double) override { terms_.skip_to(did); }

 protected:
  TermUnion terms_;
};

}  // namespace kiosque::search
