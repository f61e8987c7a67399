// The order of a query of stopwords only ("le la les de":
// query::ParsedQuery::only_stopwords()). BM25 orders nothing there (how often
// an article says "la" tells its length, not its subject), and ranking
// every match of words in nearly every article was the costliest query
// there is: its results are listed newest first instead, like the archive
// browsed, and the page costs the few documents it shows.
//
// When the query matches most of the index (match_bounds.h,
// mostly_matches()), every document's date order, read once per index
// state, gives the page: its first documents that match, checked by
// Xapian's matcher in small batches (search/docid_set_source.h). Otherwise
// Xapian sorts the matches by date (Searcher), in the same order.
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
