// The order of a query that matches most of the archive by its words alone
// (stopwords, words in three articles of four: match_bounds.h,
// mostly_matches()). BM25 gives such words almost no weight, so ranking
// every match by it costs the most of any query and orders nothing: its
// results are listed newest first instead, like the archive browsed, and
// the page costs the few documents it shows rather than every match.
//
// The index's documents in that order are read once per index state (the
// date slot of every document); the page is then the first documents of
// that order the query matches, checked by Xapian's matcher in small
// batches (search/docid_set_source.h).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace kiosque::search {

class DateOrder {
 public:
  // Every document of `db`: by kDateSlot, newest first (a month-only date
  // after that month's days), equal dates by docid; undated ones last.
  DateOrder(const Xapian::Database& db, std::string signature);
  const std::string& signature() const { return signature_; }
  const std::vector<Xapian::docid>& docids() const { return docids_; }

 private:
  std::string signature_;  // the index state read (shards::IndexDatabase::signature)
  std::vector<Xapian::docid> docids_;
};

// The docids [offset, offset + limit) of `query`'s matches in `order`.
std::vector<Xapian::docid> newest_matches(const Xapian::Database& db, const Xapian::Query& query,
                                          const DateOrder& order, std::size_t offset, std::size_t limit);

}  // namespace kiosque::search
