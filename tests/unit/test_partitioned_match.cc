// A broad query split across threads (search/partitioned_match.h) gives the
// answer of one thread: the same total, every facet count and the same page
// (ids, scores, ranks), by relevance and by date, on later pages, with
// equal scores and dates tied by docid and deleted documents between the
// parts' blocks. The index has more documents than two partition blocks, so
// that a part has several blocks and the threads' pages interleave.
#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "document_builder.h"
#include "facets/facet_counter.h"
#include "schema.h"
#include "search/match_bounds.h"
#include "search/local_count.h"
#include "search/partitioned_match.h"
#include "search/posting_walk.h"
#include "search/searcher.h"

using namespace kiosque;
using entities::EntityType;

namespace {

constexpr unsigned kDocs = 2 * search::DocidPartition::kBlockDocs + 500;

class BroadIndex {
 public:
  BroadIndex() {
    char pattern[] = "/tmp/kiosque-partition-XXXXXX";
    path_ = mkdtemp(pattern);
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OPEN);
    DocumentBuilder builder;
    const char* words[] = {"guerre", "paix", "ukraine", "climat", "grève", "football", "économie", "école"};
    const char* persons[] = {"Anna Keller", "Paul Martin", "Léa Roux"};
    std::uint32_t seed = 12345;
    auto random = [&seed](std::uint32_t n) { return (seed = seed * 1103515245u + 12345u) / 65536u % n; };
    std::vector<std::string> texts;
    for (unsigned i = 0; i < kDocs; ++i) {
      std::string text;
      if (i % 7 == 6 && i > 7) {
        text = texts[i - 7];  // a copy: equal scores, ranked by docid
      } else {
        if (i % 50 != 0) text += "le ";
        if (random(10) < 7) text += "la ";
        for (unsigned w = 0, n = 1 + random(5); w < n; ++w) text += std::string(words[random(8)]) + " ";
        text += "fin.";
      }
      texts.push_back(text);
      Article a;
      a.id = "d" + std::to_string(i);
      a.language = i % 5 ? "fr" : "en";
      a.title_derived = true;
      if (i % 13) a.date = PublicationDate::parse("2020-01-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1));
      a.blocks.push_back({BlockKind::kParagraph, text});
      if (random(3) == 0) a.entities.push_back({EntityType::kPerson, persons[random(3)], {}});
      db.replace_document(schema::term(schema::kIdPrefix, a.id), builder.build(a, "/test"));
    }
    // Gaps in the docids, in every block.
    for (unsigned i = 5; i < kDocs; i += 97) db.delete_document(schema::term(schema::kIdPrefix, "d" + std::to_string(i)));
    db.commit();
  }
  ~BroadIndex() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

search::SearchRequest request(const std::string& query, std::size_t offset = 0, std::size_t limit = 10) {
  search::SearchRequest r;
  r.query = query;
  r.offset = offset;
  r.limit = limit;
  r.facets = true;
  r.facet_limit = 0;
  r.suggest = false;
  return r;
}

std::vector<search::SearchRequest> requests() {
  std::vector<search::SearchRequest> out = {request("le"),         request("la guerre"),     request("guerre OR paix"),
                                    request("le -paix"),   request("la", 30, 40),    request("école", 0, 3000),
                                            request("le", 55, 10),  request("\"la guerre\""), request("\"le la\" paix", 5, 20)};
  search::SearchRequest person = request("");
  person.selected[facets::Facet::kPerson] = {"Anna Keller"};  // no words: every score 0, docid order
  out.push_back(person);
  search::SearchRequest dated = request("la");
  dated.from = "2020-01-10", dated.to = "2020-01-25";
  out.push_back(dated);
  for (search::SearchRequest by_date : {request("le"), request("guerre OR paix", 15, 10)}) {
    by_date.sort = search::SortOrder::kDate;  // many articles a day: ties by score, then docid
    out.push_back(by_date);
  }
  // Ranked by BM25 alone, the split ranks the page itself; with the news
  // signals (the default) it ranks BM25's best 50 (or more, for a deeper
  // page), which the signals reorder after.
  for (std::size_t i = 0, n = out.size(); i < n; ++i)
    if (!out[i].query.empty() && out[i].sort == search::SortOrder::kRelevance) {
      search::SearchRequest bm25 = out[i];
      bm25.news_signals = false;
      out.push_back(bm25);
    }
  return out;
}

std::string describe(const search::SearchRequest& r) {
  return "'" + r.query + "' offset " + std::to_string(r.offset) + (r.sort == search::SortOrder::kDate ? " by date" : "") +
         (r.from.empty() ? "" : " from " + r.from) + (r.news_signals ? "" : " bm25");
}

}  // namespace

TEST_CASE("partitioned match: the answer of one thread, whatever the number of threads") {
  BroadIndex index;
  search::Searcher one(index.path());
  one.set_match_threads(1);
  for (unsigned threads : {2u, 3u}) {
    search::Searcher split(index.path());
    split.set_match_threads(threads, 0, false);
    for (const search::SearchRequest& r : requests()) {
      CAPTURE(threads);
      CAPTURE(describe(r));
      search::SearchResults expected = one.search(r), got = split.search(r);
      REQUIRE(expected.total > 0);
      CHECK(got.total == expected.total);
      CHECK(got.facet_counts->counts() == expected.facet_counts->counts());
      REQUIRE(got.hits.size() == expected.hits.size());
      REQUIRE(!got.hits.empty());
      for (std::size_t i = 0; i < got.hits.size(); ++i) {
        CAPTURE(i);
        CHECK(got.hits[i].id == expected.hits[i].id);
        CHECK(got.hits[i].score == expected.hits[i].score);
        CHECK(got.hits[i].rank == expected.hits[i].rank);
      }
    }
  }
}

TEST_CASE("partitioned match: every request above is split, counted whole") {
  // The test above would pass if nothing were split; here the matcher
  // itself answers each request, and its counts are the walk's on one thread.
  BroadIndex index;
  search::Searcher searcher(index.path());
  search::PartitionedMatcher matcher([&] { return Xapian::Database(index.path()); }, 2);
  matcher.set_partition_from(0);
  matcher.set_load_aware(false);
  const Xapian::Database& db = searcher.database();
  for (const search::SearchRequest& r : requests()) {
    CAPTURE(describe(r));
    Xapian::Query query = searcher.request_query(r);
    facets::FacetCounter whole(searcher.facet_table()), parts(searcher.facet_table());
    // The walk where it can (phrases: Xapian's matcher), on one thread.
    const std::size_t counted = search::count_local_matches(db, query, &whole);
    std::optional<search::PartitionedAnswer> answer = matcher.match(db, query, std::nullopt, r.offset, r.limit, &parts);
    REQUIRE(answer.has_value());
    CHECK(answer->total == counted);
    CHECK(parts.counts() == whole.counts());
    CHECK(parts.documents() == whole.documents());
    search::MatchBounds bounds = search::match_bounds(db, query);
    CHECK(bounds.lower <= counted);
    CHECK(counted <= bounds.upper);
  }
}

TEST_CASE("partitioned match: small queries stay on one thread") {
  BroadIndex index;
  search::Searcher searcher(index.path());
  search::PartitionedMatcher matcher([&] { return Xapian::Database(index.path()); }, 2);
  matcher.set_load_aware(false);
  const Xapian::Database& db = searcher.database();
  CHECK_FALSE(matcher.match(db, searcher.request_query(request("école")), std::nullopt, 0, 10, nullptr).has_value());
  CHECK(matcher.match(db, searcher.request_query(request("le")), std::nullopt, 0, 10, nullptr).has_value());
  // A phrase can match many: split, counted by Xapian's matcher.
  matcher.set_partition_from(0);
  CHECK(matcher.match(db, searcher.request_query(request("\"le la\"")), std::nullopt, 0, 10, nullptr).has_value());
}

TEST_CASE("docid partition: the parts' blocks cover every docid once") {
  for (unsigned parts : {1u, 2u, 3u}) {
    std::vector<int> seen(5 * search::DocidPartition::kBlockDocs + 1, 0);
    for (unsigned index = 0; index < parts; ++index) {
      search::DocidPartition part{index, parts};
      for (Xapian::docid did = part.next(1); did < seen.size(); did = part.next(did + 1)) ++seen[did];
    }
    CAPTURE(parts);
    CHECK(std::count(seen.begin() + 1, seen.end(), 1) == static_cast<std::ptrdiff_t>(seen.size() - 1));
  }
}

TEST_CASE("a counter of some facets: their counts as a full counter's, no others, also counting non-matches") {
  BroadIndex index;
  search::Searcher searcher(index.path());
  std::shared_ptr<const facets::FacetTable> table = searcher.facet_table();
  const std::vector<facets::Facet> dates = {facets::Facet::kYear, facets::Facet::kMonth, facets::Facet::kDay};
  for (const char* text : {"guerre", "le"}) {  // "le": most articles, counted by their non-matches
    CAPTURE(text);
    Xapian::Query query = searcher.request_query(request(text));
    facets::FacetCounter full(table), some(table, dates);
    REQUIRE(search::walk_matches(searcher.database(), query, &full) == search::walk_matches(searcher.database(), query, &some));
    for (facets::Facet facet : facets::kAllFacets) {
      CAPTURE(facet_name(facet));
      auto [first, last] = table->range(facet);
      const bool counted = std::find(dates.begin(), dates.end(), facet) != dates.end();
      std::size_t nonzero = 0;
      for (facets::FacetTable::Id id = first; id < last; ++id) {
        CHECK(some.counts()[id] == (counted ? full.counts()[id] : 0u));
        nonzero += full.counts()[id] != 0;
      }
      if (counted || facet == facets::Facet::kPerson || facet == facets::Facet::kLanguage) CHECK(nonzero > 0);
    }
  }
}
