// Ranked, filtered, faceted search over a Kiosque index, shared by
// `kiosque search` and the HTTP server: free text (query/text_query.h) and
// filters in, ranked articles and exact facet counts out.
//
// Not thread-safe: one Searcher per thread.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "article.h"
#include "facets/facet_counter.h"
#include "names/alias_table.h"
#include "query/text_query.h"

namespace kiosque {

struct SearchRequest {
  std::string query;  // may be empty when there are filters: all articles
  // Entity filters: names as users write them ("Putin" finds "Vladimir
  // Poutine"). An article must have all of them.
  std::vector<std::string> persons, places, organisations;
  std::vector<std::string> languages;  // any of them
  std::string from, to;                // "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive
  std::size_t offset = 0, limit = 10;
  bool facets = false;
  std::size_t facet_limit = 10;  // values per entity/language facet; dates are all shown
};

struct SearchHit {
  std::string id;
  std::string title;
  std::optional<PublicationDate> date;
  std::string language;
  double score = 0;
  unsigned rank = 0;  // 1-based
  std::vector<NamedEntity> entities;
};

struct SearchResults {
  std::size_t total = 0;  // exact number of matching articles
  std::vector<SearchHit> hits;
  std::map<Facet, std::vector<FacetValue>> facets;  // when requested
};

class Searcher {
 public:
  // Opens the index read-only; throws Xapian::DatabaseOpeningError if `db` is
  // not an index.
  explicit Searcher(const std::string& db);

  // Throws QueryError for a query or filter that cannot be searched.
  SearchResults search(const SearchRequest& request);

  // The stored article with this id, or nullopt.
  std::optional<Article> document(const std::string& id);

  const Xapian::Database& database() const { return db_; }

 private:
  Xapian::Query filter_query(const SearchRequest& request) const;
  std::string entity_term(entities::EntityType type, const std::string& name) const;

  Xapian::Database db_;
  TextQuery text_query_;
  AliasTable aliases_;
};

}  // namespace kiosque
