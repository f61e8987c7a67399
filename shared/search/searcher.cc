#include "search/searcher.h"

#include <algorithm>
#include <future>
#include <thread>

#include "analysis/normalize.h"
#include "duplicates/fingerprint_slot.h"
#include "query/date_range.h"
#include "query/field_filter.h"
#include "query/match_all.h"
#include "query/mentioned_filter.h"
#include "query/query_syntax.h"
#include "schema.h"
#include "names/name_key.h"
#include "names/surname_resolution.h"
#include "search/name_suggestions.h"
#include "search/match_bounds.h"
#include "search/news_signals.h"
#include "search/newest_first.h"
#include "search/local_count.h"
#include "search/relaxation.h"
#include "search/relevance_floor.h"
#include "search/reranked_page.h"
#include "search/shown_entities.h"
#include "stored_document.h"

namespace kiosque::search {

namespace {

std::string date_option_bound(const std::string& text, bool upper) {
  auto bound = query::date_bound(text, upper);
  if (!bound) throw query::QueryError("bad date '" + text + "': expected " + query::kDateFormats, 0, "bad_date", text);
  return *bound;
}

}  // namespace

Searcher::Searcher(const std::string& db)
    : path_(db),
      index_(db),
      db_(index_.database()),
      entities_(db_, [this] { return surnames(); }),
      text_query_(query::indexed_languages(db_), entities_, &db_),
      spelling_(db_, [this](const std::string& typed) { return names_entity(typed); }) {
  set_match_threads(std::min(kMaxMatchThreads, std::thread::hardware_concurrency()));
  if (index_.has_count_server()) {
    sharded_count_ = std::make_unique<ShardedCount>(index_);
    sharded_documents_ = std::make_unique<ShardedDocuments>(index_);
  }
}

void Searcher::set_match_threads(unsigned threads, std::size_t partition_from, bool load_aware) {
  partitioned_.reset();
  // A spy's docids, like the partitions', are the facet table's only in one local database.
  if (threads < 2 || !index_.match_spy_sees_docids()) return;
  partitioned_ = std::make_unique<PartitionedMatcher>([path = path_] { return shards::IndexDatabase(path).database(); },
                                                      threads);
  partitioned_->set_partition_from(partition_from);
  partitioned_->set_load_aware(load_aware);
}

bool Searcher::names_entity(const std::string& typed) const {
  // Only a capitalised word is read as a name (query/text_query.h).
  if (!analysis::starts_upper_case(typed)) return false;
  using entities::EntityType;
  for (EntityType type : {EntityType::kPerson, EntityType::kPlace, EntityType::kOrganisation})
    if (entities_.known(type, typed)) return true;
  return false;
}

std::string Searcher::entity_key(entities::EntityType type, const std::string& name) {
  return entities_.key(type, name);
}

Xapian::Query Searcher::filter_query(const SearchRequest& request) {
  std::vector<Xapian::Query> filters;
  // Entity facets first, then codes, names and mentioned dates, each in
  // table order.
  for (facets::FacetKind kind : {facets::FacetKind::kEntity, facets::FacetKind::kCode, facets::FacetKind::kName, facets::FacetKind::kMentionedDate}) {
    for (const facets::FacetInfo& row : facets::kFacetTable) {
      const std::vector<std::string>& values = request.values(row.facet);
      if (row.kind != kind || values.empty()) continue;
      std::vector<Xapian::Query> terms;
      for (const std::string& value : values)
        terms.push_back(kind == facets::FacetKind::kEntity          ? entities_.query(row.entity_type, value)
                        : kind == facets::FacetKind::kMentionedDate ? query::mentioned_filter(value)
                                                            : Xapian::Query(schema::term(row.prefix, facet_key(row.facet, value))));
      if (kind == facets::FacetKind::kEntity && request.entity_match == EntityMatch::kAll)
        filters.insert(filters.end(), terms.begin(), terms.end());
      else
        filters.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
    }
  }
  if (!request.from.empty() || !request.to.empty()) {
    std::string low = request.from.empty() ? query::kEarliestDate : date_option_bound(request.from, false);
    std::string high = request.to.empty() ? query::kLatestDate : date_option_bound(request.to, true);
    if (low > high) throw query::QueryError("empty date range: " + request.from + " is after " + request.to, 0, "reversed_dates");
    filters.push_back(query::date_range_filter(low, high));
  }
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

std::shared_ptr<const facets::FacetTable> Searcher::facet_table() {
  std::string signature = index_.signature();
  if (!facet_table_ || facet_table_->signature() != signature)
    facet_table_ = facets::FacetTable::for_database(path_, db_, signature);
  return facet_table_;
}

std::shared_ptr<const DateOrder> Searcher::date_order() {
  std::string signature = index_.signature();
  if (!date_order_ || date_order_->signature() != signature) date_order_ = std::make_shared<DateOrder>(db_, signature);
  return date_order_;
}

std::shared_ptr<const names::SurnameResolution> Searcher::surnames() {
  std::shared_ptr<const facets::FacetTable> table = facet_table();
  return {table, &table->surnames()};
}

namespace {

// The entity fields of a parsed query, in query order.
void entity_fields(const query::QueryNode& node, std::vector<std::pair<entities::EntityType, std::string>>& out) {
  if (node.kind == query::QueryNodeKind::kField) {
    if (auto facet = facets::facet_of_field(node.field); facet && facets::facet_kind(*facet) == facets::FacetKind::kEntity)
      out.emplace_back(facets::facet_info(*facet).entity_type, node.text);
    return;
  }
  for (const query::QueryNode& child : node.children) entity_fields(child, out);
}

}  // namespace

std::vector<FilterSuggestion> Searcher::filter_suggestions(const SearchRequest& request) {
  std::vector<std::pair<entities::EntityType, std::string>> values;
  for (const facets::FacetInfo& row : facets::kFacetTable)
    if (row.kind == facets::FacetKind::kEntity)
      for (const std::string& name : request.values(row.facet)) values.emplace_back(row.entity_type, name);
  if (request.query.find(':') != std::string::npos) entity_fields(query::parse_query_syntax(request.query), values);

  std::vector<FilterSuggestion> out;
  for (const auto& entry : values) {
    // (No structured binding: clang's C++17 refuses to capture one in a lambda.)
    const entities::EntityType type = entry.first;
    const std::string& value = entry.second;
    const facets::Facet facet = facets::facet_of(type);
    bool seen = std::any_of(out.begin(), out.end(),
                            [&](const FilterSuggestion& s) { return s.facet == facet && s.value == value; });
    if (seen) continue;
    if (entities_.known(type, value)) {
      if (type != entities::EntityType::kPerson) continue;
      std::vector<std::string> full_names = persons_sharing_surname(value);
      if (full_names.size() >= 2) out.push_back({facet, value, std::move(full_names), true});
      continue;
    }
    std::shared_ptr<const facets::FacetTable> table = facet_table();
    std::vector<KnownName> known;
    auto [first, last] = table->range(facet);
    for (facets::FacetTable::Id id = first; id < last; ++id)
      if (std::uint32_t articles = table->all_counts()[id])
        known.push_back({table->entry(id).key, table->entry(id).name, articles});
    out.push_back({facet, value, closest_names(value, known)});
  }
  return out;
}

std::vector<std::string> Searcher::persons_sharing_surname(const std::string& value) {
  if (!names::is_surname_only(value)) return {};
  const std::string surname = names::name_key(value);
  if (surnames()->full_name(surname)) return {};  // one person dominates: the filter means them
  std::shared_ptr<const facets::FacetTable> table = facet_table();
  std::vector<std::pair<std::uint32_t, facets::FacetTable::Id>> full_names;  // (articles, value)
  auto [first, last] = table->range(facets::Facet::kPerson);
  for (facets::FacetTable::Id id = first; id < last; ++id) {
    const std::string& key = table->entry(id).key;
    std::uint32_t articles = table->all_counts()[id];
    if (articles && key.size() > surname.size() + 1 && key[key.size() - surname.size() - 1] == ' ' &&
        key.compare(key.size() - surname.size(), surname.size(), surname) == 0)
      full_names.emplace_back(articles, id);
  }
  std::sort(full_names.begin(), full_names.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : table->entry(a.second).name < table->entry(b.second).name;
  });
  std::vector<std::string> names;
  for (std::size_t i = 0; i < full_names.size() && i < kMaxNameSuggestions; ++i)
    names.push_back(table->entry(full_names[i].second).name);
  return names;
}

std::size_t Searcher::count_matches(const Xapian::Query& query, facets::FacetCounter* counter) {
  if (index_.match_spy_sees_docids()) return count_local_matches(db_, query, counter);
  // Remote shards with count servers count where they are.
  if (counter && sharded_count_) return sharded_count_->count(query, *counter);
  Xapian::Enquire counting(db_);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  const auto doccount = db_.get_doccount();
  if (!counter) return counting.get_mset(0, 0, doccount).get_matches_estimated();
  // Shards: a spy would not see this database's docids; every match comes
  // back instead, unscored, and is counted here.
  Xapian::MSet all = counting.get_mset(0, doccount);
  for (auto it = all.begin(); it != all.end(); ++it) counter->count(*it);
  return all.size();
}

std::optional<Article> Searcher::document(const std::string& id) {
  std::string term = schema::term(schema::kIdPrefix, id);
  Xapian::PostingIterator it = db_.postlist_begin(term);
  if (it == db_.postlist_end(term)) return std::nullopt;
  Article article = decode_stored_document(db_.get_document(*it).get_data());
  search::use_shown_names(article.entities, *facet_table());
  return article;
}

SearchRequest as_searched(const SearchRequest& request, const SearchResults& results) {
  SearchRequest out = request;
  if (!results.searched_query.empty()) out.query = results.searched_query;
  out.autocorrect = false;
  out.optional_parts = results.optional_parts;
  return out;
}

Xapian::Query Searcher::with_filters(const Xapian::Query& text, const Xapian::Query& filters) const {
  Xapian::Query query = text.empty() ? query::match_all() : text;
  return filters.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filters);
}

SearchHit Searcher::hit(const Xapian::MSetIterator& match) { return hit(match, facet_table().get()); }

void Searcher::use_shown_names(SearchHit& hit) { search::use_shown_names(hit.entities, *facet_table()); }

SearchHit Searcher::hit(const Xapian::MSetIterator& match, const facets::FacetTable* names) {
  return hit(match.get_document().get_data(), *match, match.get_weight(), static_cast<unsigned>(match.get_rank() + 1),
             names);
}

namespace {

SearchHit unread_hit(Xapian::docid docid, double weight, unsigned rank) {
  SearchHit hit;
  hit.docid = docid;
  hit.score = weight;
  hit.rank = rank;
  hit.read = false;
  return hit;
}

}  // namespace

void Searcher::read_document(SearchHit& hit) {
  if (hit.read) return;
  hit = this->hit(db_.get_document(hit.docid).get_data(), hit.docid, hit.score, hit.rank, nullptr);
}

duplicates::Fingerprint Searcher::fingerprint(SearchHit& hit) {
  // A remote shard's value costs a round trip; its text came with the page.
  if (!index_.has_remote()) {
    const std::string slot = db_.get_document(hit.docid, Xapian::DOC_ASSUME_VALID).get_value(schema::kFingerprintSlot);
    if (std::optional<duplicates::Fingerprint> stored = duplicates::decode_fingerprint_slot(slot)) return *stored;
  }
  read_document(hit);
  return duplicates::fingerprint(hit.text);
}

void Searcher::add_hits(const Xapian::MSet& mset, const facets::FacetTable* names, bool documents,
                        std::vector<SearchHit>& hits) {
  if (!documents && !index_.has_remote()) {
    for (auto it = mset.begin(); it != mset.end(); ++it)
      hits.push_back(unread_hit(*it, it.get_weight(), static_cast<unsigned>(it.get_rank() + 1)));
    return;
  }
  if (!sharded_documents_) {
    // Remote shards: the page's documents asked for at once, not one round trip each.
    if (index_.has_remote()) mset.fetch();
    for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back(hit(it, names));
    return;
  }
  std::vector<Xapian::docid> docids;
  for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  std::vector<std::string> data = sharded_documents_->data(docids);
  std::size_t i = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it, ++i)
    hits.push_back(hit(data[i], *it, it.get_weight(), static_cast<unsigned>(it.get_rank() + 1), names));
}

SearchHit Searcher::hit(const std::string& data, Xapian::docid docid, double weight, unsigned rank,
                        const facets::FacetTable* names) {
  Article article = decode_stored_document(data);
  SearchHit hit;
  hit.id = article.id;
  hit.title = article.title;
  hit.date = article.date;
  hit.language = article.language;
  hit.source = article.source;
  hit.score = weight;
  hit.rank = rank;
  if (names) search::use_shown_names(article.entities, *names);
  hit.entities = std::move(article.entities);
  hit.url = std::move(article.url);
  hit.text = article.body_text();
  hit.docid = docid;
  return hit;
}

namespace {

bool has_words(const SearchRequest& request) { return request.query.find_first_not_of(" \t\r\n") != std::string::npos; }

}  // namespace

Xapian::Query Searcher::request_query(const SearchRequest& request) {
  Xapian::Query filters = filter_query(request);
  const bool has_text = has_words(request);
  if (!has_text && filters.empty() && !request.match_all_when_empty)
    throw query::QueryError("empty query: give words to search for, or a filter", 0, "no_words");
  // Its words all required, but those a first search left optional (as_searched()).
  Xapian::Query text = has_text ? text_query_.parse_parts(request.query)
                                      .query(request.optional_parts.value_or(std::vector<std::size_t>{}))
                                : Xapian::Query();
  return with_filters(text, filters);
}

SearchResults Searcher::search(const SearchRequest& request) {
  SearchRunning running;  // a busy process splits no query (search/partitioned_match.h)
  Xapian::Query filters = filter_query(request);
  bool has_text = request.query.find_first_not_of(" \t\r\n") != std::string::npos;
  if (!has_text && filters.empty() && !request.match_all_when_empty)
    throw query::QueryError("empty query: give words to search for, or a filter", 0, "no_words");
  std::string searched = request.query;
  query::ParsedQuery parsed;
  if (has_text) parsed = text_query_.parse_parts(searched);
  std::vector<std::size_t> optional = request.optional_parts.value_or(std::vector<std::size_t>{});
  Xapian::Query text_query = has_text ? parsed.query(optional) : Xapian::Query();
  Xapian::Query query = with_filters(text_query, filters);

  std::shared_ptr<facets::FacetCounter> counter;
  if (request.facets) counter = std::make_shared<facets::FacetCounter>(facet_table(), request.counted_facets);
  const auto doccount = db_.get_doccount();
  std::size_t total = doccount;
  std::optional<std::string> suggestion, corrected_from;
  bool suggested = false;
  const auto offset = static_cast<Xapian::doccount>(request.offset), limit = static_cast<Xapian::doccount>(request.limit);
  // A broad query counted and ranked on several threads at once, by BM25 or
  // date alone. With the news signals, the threads rank BM25's best
  // kRerankDepth (and the page, when deeper), which the signals reorder
  // below (reranked_page.h); the date-sort floor needs every match scored,
  // on one thread.
  const bool by_relevance = request.sort != SortOrder::kDate;
  // Stopwords only: newest first, counted as any query (newest_first.h).
  bool newest = has_text && by_relevance && parsed.only_stopwords();
  const bool split_ranks = !has_text || (by_relevance && !newest);
  const bool rerank_split = has_text && request.news_signals && by_relevance && !newest;
  const std::size_t split_offset = rerank_split ? 0 : offset;
  const std::size_t split_limit =
      !split_ranks || !limit ? 0 : rerank_split ? std::max<std::size_t>(offset + limit, kRerankDepth) : limit;
  std::optional<PartitionedAnswer> split;
  auto signals_of = [&](const query::ParsedQuery& words) {
    return has_text && request.news_signals && !newest ? news_signals(words, entities_, !index_.has_remote())
                                                       : Xapian::Query();
  };
  // Over count servers alone, the page is ranked and its documents read
  // while they count: it stands unless the counts relax or correct the query.
  const bool rank_while_counting = counter && sharded_count_ && sharded_count_->counts_every_shard() &&
                                   by_relevance && !newest && limit > 0;
  std::vector<Xapian::MSet> early_page;
  std::vector<SearchHit> early_hits;
  bool ranked_early = false;
  if (!has_text && filters.empty()) {
    // Every article: the counts over the whole index are known already.
    if (counter) counter->count_all();
  } else {
    // Two passes over the index: the exact total and facet counts visit
    // every match but compute no score; the ranking computes scores, and
    // Xapian skips what cannot enter the page.
    if (partitioned_)
      split = partitioned_->match(db_, query, by_relevance ? std::nullopt : std::optional(schema::kDateSlot),
                                  split_offset, split_limit, counter.get());
    if (rank_while_counting) {
      std::future<std::size_t> counted = sharded_count_->count_in_background(query, *counter);
      Xapian::Enquire ranking(db_);
      ranking.set_query(query);
      early_page = reranked_page(ranking, signals_of(parsed), offset, limit, index_.match_spy_sees_docids());
      const std::shared_ptr<const facets::FacetTable> names = request.shown_names ? facet_table() : nullptr;
      for (const Xapian::MSet& mset : early_page) add_hits(mset, names.get(), request.documents, early_hits);
      total = counted.get();
      ranked_early = true;
    } else {
      total = split ? split->total : count_matches(query, counter.get());
    }
    if (has_text && !request.optional_parts && total < kRelaxBelow) {
      auto count = [&](const Xapian::Query& text) { return count_matches(with_filters(text, filters), nullptr); };
      if (request.autocorrect) {
        suggestion = spelling_suggestion(request.query);
        suggested = true;
        if (suggestion) {
          query::ParsedQuery corrected = text_query_.parse_parts(*suggestion);
          std::size_t corrected_total = count(corrected.query());
          if (corrected_total > 0 && corrected_total >= total * kCorrectionGain) {
            corrected_from = request.query;
            searched = *suggestion;
            parsed = std::move(corrected);
            total = corrected_total;
            suggestion.reset();
          }
        }
      }
      optional = relaxed_parts(db_, parsed, total, count);
      if (corrected_from || !optional.empty()) {
        split.reset();
        newest = by_relevance && parsed.only_stopwords();
        ranked_early = false;
        text_query = parsed.query(optional);
        query = with_filters(text_query, filters);
        if (counter) counter = std::make_shared<facets::FacetCounter>(facet_table(), request.counted_facets);
        total = count_matches(query, counter.get());
      }
    }
  }

  const Xapian::Query signals = signals_of(parsed);
  Xapian::Enquire enquire(db_);
  // By date every match is visited anyway: each gets the signals, and the
  // floor weighs matches as the relevance order does.
  const bool by_date = request.sort == SortOrder::kDate;
  enquire.set_query(by_date && !signals.empty() ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, signals) : query);
  // Newest first, above a relevance floor; an undated article's empty value sorts last.
  const double floor = by_date && has_text ? date_sort_floor(enquire) : 0;
  if (request.sort == SortOrder::kDate) enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
  // The split's page, when it ranked one, came with the counts.
  const bool split_page = split_ranks && split.has_value();
  std::vector<Xapian::MSet> page;  // in order, before the split's page
  std::vector<RankedMatch> listed;  // the rest of the page, in order: the split's, or newest first
  std::size_t below_floor = 0;
  if (newest && limit) {
    // In most articles, the first of every article's date order that match;
    // else (or over shards) Xapian sorts the matches by date.
    if (index_.match_spy_sees_docids() && mostly_matches(match_bounds(db_, query), doccount)) {
      for (Xapian::docid docid : newest_matches(db_, query, *date_order(), offset, limit)) listed.push_back({docid, 0, {}});
    } else {
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      enquire.set_sort_by_value(schema::kDateSlot, true);
      page.push_back(enquire.get_mset(offset, limit));
    }
  } else if (split_page && rerank_split) {
    // split->page: BM25's ranks 1 to offset + limit (at least kRerankDepth).
    std::vector<RankedMatch>& bm25 = split->page;
    if (!signals.empty() && offset < kRerankDepth) {
      std::vector<Xapian::docid> best;
      for (std::size_t i = 0; i < bm25.size() && i < kRerankDepth; ++i) best.push_back(bm25[i].docid);
      page.push_back(reordered_best(enquire, signals, std::move(best), offset, limit));
    }
    // What the page takes of BM25's order as it is: beyond the reordered depth.
    const std::size_t first = signals.empty() ? offset : std::max<std::size_t>(offset, kRerankDepth);
    const std::size_t last = std::min<std::size_t>(bm25.size(), offset + limit);
    if (first < last)
      listed.assign(bm25.begin() + static_cast<std::ptrdiff_t>(first), bm25.begin() + static_cast<std::ptrdiff_t>(last));
  } else if (split_page) {
    listed = std::move(split->page);
  } else if (floor > 0) {
    FlooredPage floored = floored_page(enquire, floor, offset, limit, doccount);
    page.push_back(std::move(floored.mset));
    below_floor = total > floored.listed ? total - floored.listed : 0;
    total = floored.listed;
  } else if (ranked_early) {
    page = std::move(early_page);
  } else if (limit) {
    page = by_date ? std::vector<Xapian::MSet>{enquire.get_mset(offset, limit)}
                   : reranked_page(enquire, signals, offset, limit, index_.match_spy_sees_docids());
  }
  SearchResults results;
  results.below_floor = below_floor;
  results.newest_first = newest;
  if (has_text) results.text_query = parsed.shown_words();
  results.total = total;
  results.searched_query = searched;
  results.corrected_from = corrected_from;
  results.optional_parts = optional;
  for (std::size_t part : optional) results.optional_words.push_back(parsed.parts()[part].text);
  const bool no_hits = page.empty() && listed.empty();
  std::shared_ptr<const facets::FacetTable> names =
      no_hits || !request.shown_names ? nullptr : facet_table();  // read once per page
  if (ranked_early)
    results.hits = std::move(early_hits);
  else
    for (const Xapian::MSet& mset : page) add_hits(mset, names.get(), request.documents, results.hits);
  for (const RankedMatch& match : listed) {
    const auto rank = static_cast<unsigned>(offset + results.hits.size() + 1);
    results.hits.push_back(request.documents || index_.has_remote()
                               ? hit(db_.get_document(match.docid).get_data(), match.docid, match.weight, rank, names.get())
                               : unread_hit(match.docid, match.weight, rank));
  }
  if (request.facets) {
    for (facets::Facet facet : facets::kAllFacets) results.facets[facet] = counter->values(facet, is_date_facet(facet) ? 0 : request.facet_limit);
    results.facet_counts = counter;
  }
  if (request.suggest) results.filter_suggestions = filter_suggestions(request);
  if (has_text && request.suggest) results.suggestion = suggested ? suggestion : spelling_suggestion(request.query);
  return results;
}

std::optional<std::string> Searcher::spelling_suggestion(const std::string& query) {
  try {
    return spelling_.suggest(query);
  } catch (const Xapian::DatabaseModifiedError&) {
    // A commit outdated the revision read: the results stand, without a suggestion.
    return std::nullopt;
  }
}

}  // namespace kiosque::search
