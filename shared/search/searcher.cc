#include "search/searcher.h"

#include "schema.h"
#include "stored_document.h"

namespace kiosque {

Searcher::Searcher(const std::string& db) : db_(db), text_query_(indexed_languages(db_)) {}

SearchResults Searcher::search(const std::string& query_text, std::size_t offset, std::size_t limit) {
  Xapian::Query query = text_query_.parse(query_text);
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  // BM25 is Xapian's default weighting. Asking for every document as
  // check_at_least makes the total exact.
  Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(offset), static_cast<Xapian::doccount>(limit),
                                       db_.get_doccount());
  SearchResults results;
  results.total = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Article article = decode_stored_document(it.get_document().get_data());
    SearchHit hit;
    hit.id = article.id;
    hit.title = article.title;
    hit.date = article.date;
    hit.language = article.language;
    hit.score = it.get_weight();
    hit.rank = static_cast<unsigned>(it.get_rank() + 1);
    results.hits.push_back(std::move(hit));
  }
  return results;
}

}  // namespace kiosque
