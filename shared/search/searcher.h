// Ranked search over a Kiosque index, shared by `kiosque search` and the HTTP
// server: free text in (query/text_query.h), ranked articles out.
//
// Not thread-safe: one Searcher per thread.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "article.h"
#include "query/text_query.h"

namespace kiosque {

struct SearchHit {
  std::string id;
  std::string title;
  std::optional<PublicationDate> date;
  std::string language;
  double score = 0;
  unsigned rank = 0;  // 1-based
};

struct SearchResults {
  std::size_t total = 0;  // exact number of matching articles
  std::vector<SearchHit> hits;
};

class Searcher {
 public:
  // Opens the index read-only; throws Xapian::DatabaseOpeningError if `db` is
  // not an index.
  explicit Searcher(const std::string& db);

  // Throws QueryError for a query that cannot be searched.
  SearchResults search(const std::string& query, std::size_t offset, std::size_t limit);

  const Xapian::Database& database() const { return db_; }

 private:
  Xapian::Database db_;
  TextQuery text_query_;
};

}  // namespace kiosque
