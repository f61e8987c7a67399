#include "search/searcher.h"

#include "names/country_aliases.h"
#include "names/name_key.h"
#include "schema.h"
#include "stored_document.h"

namespace kiosque {

namespace {

// "2023" -> "20230000" (from) / "20239999" (to); "2023-09" -> "20230900" /
// "20230999"; "2023-09-14" -> "20230914". Compared with kDateSlot's YYYYMMDD.
std::string date_bound(const std::string& text, bool upper) {
  auto bad = [&] {
    return QueryError("bad date '" + text + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
  };
  if (text.size() == 4) {
    if (text.find_first_not_of("0123456789") != std::string::npos) throw bad();
    return text + (upper ? "9999" : "0000");
  }
  auto date = PublicationDate::parse(text);
  if (!date || (text.size() != 7 && text.size() != 10)) throw bad();
  std::string sortable = date->sortable();
  if (!date->day) sortable.replace(6, 2, upper ? "99" : "00");
  return sortable;
}

}  // namespace

Searcher::Searcher(const std::string& db) : db_(db), text_query_(indexed_languages(db_)) {
  add_country_aliases(aliases_);
  std::string aliases = db_.get_metadata(schema::kAliasesKey);
  if (!aliases.empty()) aliases_.parse(aliases, "index metadata");
}

std::string Searcher::entity_term(entities::EntityType type, const std::string& name) const {
  static const std::string_view kPrefixes[] = {schema::kPersonPrefix, schema::kPlacePrefix,
                                               schema::kOrganisationPrefix};
  std::string_view prefix = kPrefixes[static_cast<int>(type)];
  std::string term = schema::term(prefix, name_key(name));
  if (db_.term_exists(term)) return term;
  if (auto canonical = aliases_.canonical(type, name)) return schema::term(prefix, name_key(*canonical));
  return term;  // matches nothing, which is the right answer
}

Xapian::Query Searcher::filter_query(const SearchRequest& request) const {
  std::vector<Xapian::Query> filters;
  const std::pair<entities::EntityType, const std::vector<std::string>*> entity_filters[] = {
      {entities::EntityType::kPerson, &request.persons},
      {entities::EntityType::kPlace, &request.places},
      {entities::EntityType::kOrganisation, &request.organisations}};
  for (auto [type, names] : entity_filters)
    for (const std::string& name : *names) filters.emplace_back(entity_term(type, name));
  if (!request.languages.empty()) {
    std::vector<Xapian::Query> languages;
    for (const std::string& language : request.languages)
      languages.emplace_back(schema::term(schema::kLanguagePrefix, language));
    filters.emplace_back(Xapian::Query::OP_OR, languages.begin(), languages.end());
  }
  if (!request.from.empty() || !request.to.empty()) {
    std::string low = request.from.empty() ? "00000000" : date_bound(request.from, false);
    std::string high = request.to.empty() ? "99999999" : date_bound(request.to, true);
    if (low > high) throw QueryError("empty date range: " + request.from + " is after " + request.to);
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, low, high);
  }
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

std::optional<Article> Searcher::document(const std::string& id) {
  std::string term = schema::term(schema::kIdPrefix, id);
  Xapian::PostingIterator it = db_.postlist_begin(term);
  if (it == db_.postlist_end(term)) return std::nullopt;
  return decode_stored_document(db_.get_document(*it).get_data());
}

SearchResults Searcher::search(const SearchRequest& request) {
  Xapian::Query filters = filter_query(request);
  bool has_text = request.query.find_first_not_of(" \t\r\n") != std::string::npos;
  if (!has_text && filters.empty()) throw QueryError("empty query: give words to search for, or a filter");
  Xapian::Query query = has_text ? text_query_.parse(request.query) : Xapian::Query::MatchAll;
  if (!filters.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filters);

  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  FacetCounter counter;
  if (request.facets) enquire.add_matchspy(&counter);
  // BM25 is Xapian's default weighting. Asking for every document as
  // check_at_least makes the total, and the facet counts, exact.
  Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                       static_cast<Xapian::doccount>(request.limit), db_.get_doccount());
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
    hit.entities = std::move(article.entities);
    results.hits.push_back(std::move(hit));
  }
  if (request.facets) {
    for (Facet facet : kAllFacets) {
      bool date = facet == Facet::kYear || facet == Facet::kMonth || facet == Facet::kDay;
      results.facets[facet] = counter.values(facet, date ? 0 : request.facet_limit);
    }
  }
  return results;
}

}  // namespace kiosque
