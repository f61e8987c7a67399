// Near-duplicates collapsed in ranked pages, against a small on-disk index:
// 30 copies of one dispatch (each with a different last line) among 10
// distinct articles, all matching the query. Every article names Édouard
// Philippe, half the copies without the accent: the facet's spelling (the
// most frequent) is the one every result shows.
#include <doctest/doctest.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>
#include <string>

#include "document_builder.h"
#include "schema.h"
#include "search/collapsed_search.h"

using namespace kiosque;

namespace {

constexpr int kCopies = 30, kOthers = 10;
constexpr const char* kShown = "Édouard Philippe";  // 25 articles
constexpr const char* kUnaccented = "Edouard Philippe";  // 15 copies

std::string random_text(std::mt19937& rng) {
  static const char* kWords[] = {"le", "conseil", "vote", "budget", "ville", "port", "récolte", "tribunal", "grève",
                                 "train", "musée", "école", "hôpital", "pont", "marché", "festival", "forêt", "lac",
                                 "usine", "mairie", "stade", "route", "campagne", "élection"};
  std::string text = "À Vilnius,";
  for (int i = 0; i < 60; ++i) text += std::string(" ") + kWords[rng() % (sizeof kWords / sizeof kWords[0])];
  return text + ".";
}

class Index {
 public:
  Index() {
    char pattern[] = "/tmp/kiosque-collapse-XXXXXX";
    path_ = mkdtemp(pattern);
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OPEN);
    DocumentBuilder builder;
    std::mt19937 rng(42);
    // The copies name Vilnius more often: they rank first, so that the first
    // window of a small page holds one group only and has to grow.
    std::string dispatch = random_text(rng) + " Vilnius, Vilnius, Vilnius. " + random_text(rng);
    for (int i = 0; i < kCopies + kOthers; ++i) {
      Article a;
      a.id = (i < kCopies ? "copy-" : "other-") + std::to_string(i);
      a.language = "fr";
      a.title_derived = true;
      std::string text = i < kCopies ? dispatch + "\n\nMise à jour numéro " + std::to_string(i) + "."
                                     : random_text(rng) + " " + random_text(rng);
      a.blocks.push_back({BlockKind::kParagraph, text});
      a.entities.push_back({entities::EntityType::kPerson, i < kCopies && i % 2 == 0 ? kUnaccented : kShown, {{0, 3}}});
      db.replace_document(schema::term(schema::kIdPrefix, a.id), builder.build(a, "/test"));
    }
    db.commit();
  }
  ~Index() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

search::SearchRequest vilnius(std::size_t offset, std::size_t limit) {
  search::SearchRequest r;
  r.query = "vilnius";
  r.offset = offset;
  r.limit = limit;
  return r;
}

}  // namespace

TEST_CASE("collapsed search: copies are one result, pages count results") {
  Index index;
  search::Searcher searcher(index.path());

  search::CollapsedResults all = search_collapsed(searcher, vilnius(0, 100));
  CHECK(all.results.total == kCopies + kOthers);  // total counts articles
  REQUIRE(all.hits.size() == 1 + kOthers);
  std::size_t articles = 0, groups_with_copies = 0;
  for (const search::CollapsedHit& hit : all.hits) {
    articles += 1 + hit.duplicates.size();
    if (hit.hit.id.rfind("copy-", 0) == 0) {
      ++groups_with_copies;
      CHECK(hit.duplicates.size() == kCopies - 1);
      for (const search::SearchHit& copy : hit.duplicates) CHECK(copy.id.rfind("copy-", 0) == 0);
    } else {
      CHECK(hit.duplicates.empty());
    }
  }
  CHECK(articles == kCopies + kOthers);
  CHECK(groups_with_copies == 1);
  CHECK(all.hits.front().hit.id.rfind("copy-", 0) == 0);

  SUBCASE("small pages, whose first window holds fewer groups than asked, follow each other") {
    std::vector<std::string> paged;
    for (std::size_t offset = 0; offset < all.hits.size() + 3; offset += 3)
      for (const search::CollapsedHit& hit : search_collapsed(searcher, vilnius(offset, 3)).hits) paged.push_back(hit.hit.id);
    std::vector<std::string> whole;
    for (const search::CollapsedHit& hit : all.hits) whole.push_back(hit.hit.id);
    CHECK(paged == whole);
    CHECK(std::set<std::string>(paged.begin(), paged.end()).size() == paged.size());
  }
  SUBCASE("results and their copies show the entities' facet spelling, as the search does") {
    // The window is searched with the stored names (SearchRequest::shown_names)
    // and the results shown are named afterwards: none may be missed.
    for (std::size_t limit : {3, 100})
      for (const search::CollapsedHit& hit : search_collapsed(searcher, vilnius(0, limit)).hits) {
        CAPTURE(hit.hit.id);
        REQUIRE(hit.hit.entities.size() == 1);
        CHECK(hit.hit.entities.front().name == kShown);
        for (const search::SearchHit& copy : hit.duplicates) {
          CAPTURE(copy.id);
          REQUIRE(copy.entities.size() == 1);
          CHECK(copy.entities.front().name == kShown);
        }
      }
    // Asked for the stored names, they stay as stored.
    search::SearchRequest stored = vilnius(0, 100);
    stored.shown_names = false;
    std::size_t unaccented = 0;
    for (const search::CollapsedHit& hit : search_collapsed(searcher, stored).hits) {
      unaccented += hit.hit.entities.front().name == kUnaccented;
      for (const search::SearchHit& copy : hit.duplicates) unaccented += copy.entities.front().name == kUnaccented;
    }
    CHECK(unaccented == kCopies / 2);
  }
  SUBCASE("uncollapsed, every article is there") {
    CHECK(searcher.search(vilnius(0, 100)).hits.size() == kCopies + kOthers);
  }
}
