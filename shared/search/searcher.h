// Ranked, filtered, faceted search over a Kiosque index, shared by
// `kiosque search` and the HTTP server: a query (query/text_query.h) and
// filters in; ranked articles, exact facet counts and a spelling suggestion
// (search/spelling.h) out.
//
// Not thread-safe: one Searcher per thread.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "article.h"
#include "duplicates/fingerprint.h"
#include "facets/facet_counter.h"
#include "names/entity_resolver.h"
#include "query/text_query.h"
#include "search/newest_first.h"
#include "search/partitioned_match.h"
#include "search/sharded_count.h"
#include "search/sharded_documents.h"
#include "search/snippet.h"
#include "search/spelling.h"
#include "shards/index_database.h"

namespace kiosque::search {

// The order of results: relevance (BM25 and the news signals of
// search/news_signals.h), or publication date (newest first, undated last,
// ties by score; matches below a relevance floor left out:
// search/relevance_floor.h).
enum class SortOrder { kRelevance, kDate };

// How several values of one entity filter combine ("person=A&person=B").
// Different filters (persons and places) always all apply.
enum class EntityMatch { kAll, kAny };

struct SearchRequest {
  // The query language of query/query_syntax.h (words, "phrases", -, OR,
  // parentheses, person: place: org: lang: date:, prefix*); may be empty
  // when there are filters: all articles.
  std::string query;
  // The values selected per facet (facets/facet.h; kEntity and kCode
  // facets, dates are the range below). Entity facets take names as users
  // write them ("Putin" finds "Vladimir Poutine"), and an article must have
  // all of them (entity_match: or any); codes: any of them.
  std::map<facets::Facet, std::vector<std::string>> selected;
  EntityMatch entity_match = EntityMatch::kAll;
  std::string from, to;                // "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive
  std::size_t offset = 0, limit = 10;
  bool facets = false;
  std::size_t facet_limit = 10;  // values per entity/language facet (0: all); dates are all shown
  // The facets counted when `facets` is set (empty: all); the others are
  // listed empty. A search run for some facets' counts alone
  // (search/facet_selection.h) spends nothing on the others.
  std::vector<facets::Facet> counted_facets;
  SortOrder sort = SortOrder::kRelevance;
  // false: rank by BM25 alone, without the news signals
  // (search/news_signals.h), as over shards a single database would.
  bool news_signals = true;
  // No words and no filters: every article (the HTTP API's first page), where
  // the CLI refuses such a search.
  bool match_all_when_empty = false;
  // Compute SearchResults::suggestion (a scan of the vocabulary): callers
  // running several searches for one query (facet counts) ask once.
  bool suggest = true;
  // Search the spelling suggestion instead when the query finds nothing or
  // far fewer articles than it (SearchResults::corrected_from).
  bool autocorrect = true;
  // The words not required (SearchResults::optional_parts) when a first
  // search decided them: the searches that follow it for the same page
  // (collapsing, facet counts) count the same query. Unset: decided here
  // (search/relaxation.h).
  std::optional<std::vector<std::size_t>> optional_parts;
  // Name the hits' entities as the facets show them (search/shown_entities.h).
  // false leaves them as stored, for a caller that keeps a few of the hits
  // and names those (Searcher::use_shown_names): the collapsed search ranks
  // three pages of articles to show one.
  bool shown_names = true;
  // Read each hit's stored document. false: hits come with their docid,
  // score and rank alone (SearchHit::read), for a caller that ranks many
  // and shows a few: it takes the others' fingerprints from the index
  // (Searcher::fingerprint) and reads the documents it shows
  // (Searcher::read_document). Over remote shards every hit is read, their
  // documents asked for at once.
  bool documents = true;

  // The values selected for `facet`; empty when none.
  const std::vector<std::string>& values(facets::Facet facet) const {
    static const std::vector<std::string> kNone;
    auto it = selected.find(facet);
    return it == selected.end() ? kNone : it->second;
  }
  // Some facet value or a date bound is selected.
  bool has_filters() const {
    for (const auto& [facet, chosen] : selected)
      if (!chosen.empty()) return true;
    return !from.empty() || !to.empty();
  }
};

struct SearchHit {
  std::string id;
  std::string title;
  std::optional<PublicationDate> date;
  std::string language;
  std::string source;  // the publication; empty when unknown
  double score = 0;
  unsigned rank = 0;  // 1-based
  std::vector<NamedEntity> entities;
  std::string url;
  std::string text;  // Article::body_text(): for snippets and near-duplicates
  Xapian::docid docid = 0;
  // false: docid, score and rank alone are set (SearchRequest::documents).
  bool read = true;
};

// An entity filter value the reader may want to change: one that names no
// entity of the index, with the closest names; or a surname several persons
// of the index share ("Le Pen" left apart: names/surname_resolution.h),
// with their full names, most articles first.
struct FilterSuggestion {
  facets::Facet facet = facets::Facet::kPerson;
  std::string value;                     // as the request gave it
  std::vector<std::string> suggestions;  // best first; may be empty
  bool ambiguous = false;                // a shared surname, not an unknown name
};

struct SearchResults {
  // Exact number of matching articles; sorted by date, of those listed
  // above the relevance floor (search/relevance_floor.h).
  std::size_t total = 0;
  // Sorted by date: the matches left out as too weak; facets count them.
  std::size_t below_floor = 0;
  // Listed newest first, every score 0, although asked by relevance: the
  // query is stopwords only, which BM25 cannot rank (search/newest_first.h).
  bool newest_first = false;
  std::vector<SearchHit> hits;
  std::map<facets::Facet, std::vector<facets::FacetValue>> facets;  // when requested
  // Every value's count, when facets were requested: for values past the
  // lists above (facets::FacetCounter::count).
  std::shared_ptr<const facets::FacetCounter> facet_counts;
  // The words of the query as searched (no filters, no filler words:
  // query::ParsedQuery::shown_words()), for highlighting the words that
  // matched; empty when there were no words.
  Xapian::Query text_query;
  // The query with misspelled words corrected, when some word is absent from
  // the index or rare there ("poutin" -> "poutine"; search/spelling.h).
  std::optional<std::string> suggestion;
  // The query searched: the request's, or its correction. When corrected
  // (no article, or kCorrectionGain times fewer than the correction, and
  // autocorrect on), corrected_from is the query as typed.
  std::string searched_query;
  std::optional<std::string> corrected_from;
  // Query relaxation (search/relaxation.h): the words of searched_query not
  // required, as indexes for SearchRequest::optional_parts and as typed.
  std::vector<std::size_t> optional_parts;
  std::vector<std::string> optional_words;
  // Entity filters and fields that name no entity of the index, or a
  // surname several persons share, in request order (filters, then the
  // query's fields), when suggestions were asked for (SearchRequest::suggest).
  std::vector<FilterSuggestion> filter_suggestions;
};

// A correction is searched instead of the query when it matches this many
// times more articles (and the query fewer than kRelaxBelow).
inline constexpr std::size_t kCorrectionGain = 10;

// The most threads one query's matching uses (search/partitioned_match.h).
inline constexpr unsigned kMaxMatchThreads = 4;

// `request` as `results` searched it: its correction, its words not
// required, for the searches that follow it for the same page.
SearchRequest as_searched(const SearchRequest& request, const SearchResults& results);

class Searcher {
 public:
  // Opens the index read-only; throws Xapian::DatabaseOpeningError if `db` is
  // not an index, or a shard its stub lists cannot be opened
  // (shards/index_database.h: `db` may be a sharded index, local or remote).
  explicit Searcher(const std::string& db);

  // Throws QueryError for a query or filter that cannot be searched.
  SearchResults search(const SearchRequest& request);

  // The stored article with this id, or nullopt. Its entities are named as
  // the facets name them (search/shown_entities.h), as are SearchHit's.
  std::optional<Article> document(const std::string& id);

  const Xapian::Database& database() const { return db_; }

  // Moves to the index's latest committed revision (cheap when nothing
  // changed); true when it changed. Languages and aliases are read when the
  // Searcher is built: after a change, a long-lived caller builds a new one.
  bool reopen() { return db_.reopen(); }

  // What identifies the index state searched, every shard included (for
  // caches keyed by revision).
  std::string signature() const { return index_.signature(); }

  // A snippet maker for this Searcher's thread (its analyzers and caches are
  // kept as long as the Searcher, one per index handle, not per connection).
  SnippetMaker& snippet_maker() { return snippets_; }

  // The query that applies a request's facet and date filters (not its
  // words); an empty query when it has none. Throws QueryError for a bad date.
  Xapian::Query filter_query(const SearchRequest& request);

  // The words of a query (query/text_query.h) as searched, for highlighting
  // them (search/snippet.h). Throws QueryError.
  Xapian::Query words_query(const std::string& query) { return text_query_.parse_parts(query).shown_words(); }

  // A result of a match set of this Searcher's database, as search() makes them.
  SearchHit hit(const Xapian::MSetIterator& match);
  // Names `hit`'s entities as search() does, for a hit it left as stored
  // (SearchRequest::shown_names), before this Searcher moves to another
  // revision.
  void use_shown_names(SearchHit& hit);
  // Reads the stored document of a hit searched without
  // (SearchRequest::documents), its entities as stored; nothing when read.
  void read_document(SearchHit& hit);
  // The near-duplicate fingerprint of `hit` (duplicates/fingerprint.h): from
  // its slot, else (indexes from before the slot, articles with no words,
  // remote shards) from its text, reading its document if it was not.
  duplicates::Fingerprint fingerprint(SearchHit& hit);

  // The facet key (FacetValue::key) an entity filter `name` selects, after
  // aliases and surnames: "Putin" -> "vladimir poutine", "Sarkozy" ->
  // "nicolas sarkozy". Not const, like the filters: a person's surnames
  // come from the facet table of the revision searched, read on first need.
  std::string entity_key(entities::EntityType type, const std::string& name);
  // The filter an entity filter `name` is (names/entity_resolver.h).
  Xapian::Query entity_query(entities::EntityType type, const std::string& name) {
    return entities_.query(type, name);
  }
  // The aliases names resolve through (the index's and the countries').
  const names::AliasTable& aliases() const { return entities_.aliases(); }

  // What search() matches for `request`: its words (every article when it
  // has none) filtered by its facets and dates. Throws QueryError as search().
  Xapian::Query request_query(const SearchRequest& request);
  // The exact number of documents matching `query`, each counted into
  // `counter` when given: by the posting walk (search/posting_walk.h) when
  // it can, else by Xapian's matcher with no scores; over shards, by their
  // count servers where they have some (search/sharded_count.h).
  std::size_t count_matches(const Xapian::Query& query, facets::FacetCounter* counter);
  // The facet table of the revision db_ is on: its docids are database()'s,
  // shards included.
  std::shared_ptr<const facets::FacetTable> facet_table();
  // Every document newest first, for this index state.
  std::shared_ptr<const DateOrder> date_order();

  // Threads one broad query is counted and ranked on (search/partitioned_match.h;
  // default: the cores, at most kMaxMatchThreads, those other processes
  // keep busy left out unless `load_aware` is off), and from how many
  // possible matches (tests lower it to 0). 1: always one thread.
  void set_match_threads(unsigned threads, std::size_t partition_from = kPartitionFrom, bool load_aware = true);

 private:
  // hit(), naming entities from `names` (the facet table of the revision
  // searched); null: as stored.
  SearchHit hit(const Xapian::MSetIterator& match, const facets::FacetTable* names);
  // A hit from a document's stored data (Xapian::Document::get_data()).
  SearchHit hit(const std::string& data, Xapian::docid docid, double weight, unsigned rank,
                const facets::FacetTable* names);
  // The hits of `mset`, appended to `hits`, read when `documents` (always
  // over remote shards): over remote shards with count servers, their
  // documents read through those at once (search/sharded_documents.h).
  void add_hits(const Xapian::MSet& mset, const facets::FacetTable* names, bool documents,
                std::vector<SearchHit>& hits);
  // `text` (parsed) with the request's filters, or every article they pass.
  Xapian::Query with_filters(const Xapian::Query& text, const Xapian::Query& filters) const;
  // The spelling suggestion for `query`, or nullopt (also when a commit
  // outdated the revision read).
  std::optional<std::string> spelling_suggestion(const std::string& query);
  // Whether `typed`, a capitalised word, names a known entity ("Putin").
  bool names_entity(const std::string& typed) const;
  // Its surname resolution, for entities_.
  std::shared_ptr<const names::SurnameResolution> surnames();
  // The request's entity values that name nothing in the index.
  std::vector<FilterSuggestion> filter_suggestions(const SearchRequest& request);
  // The persons of the index whose full name ends with the surname `value`
  // ("Marine Le Pen", "Jean-Marie Le Pen"), most articles first, when the
  // surname resolves to none of them; empty otherwise.
  std::vector<std::string> persons_sharing_surname(const std::string& value);

  std::string path_;
  shards::IndexDatabase index_;
  Xapian::Database db_;  // index_.database()
  std::shared_ptr<const facets::FacetTable> facet_table_;
  std::shared_ptr<const DateOrder> date_order_;  // read on first need (newest_first.h)
  names::EntityResolver entities_;
  query::TextQuery text_query_;  // uses entities_
  SpellingSuggester spelling_;
  SnippetMaker snippets_;
  std::unique_ptr<PartitionedMatcher> partitioned_;  // one local database only
  std::unique_ptr<ShardedCount> sharded_count_;       // remote shards with count servers only
  std::unique_ptr<ShardedDocuments> sharded_documents_;  // the same
};

}  // namespace kiosque::search
