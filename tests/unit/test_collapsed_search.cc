// Near-duplicates collapsed in ranked pages, against a small on-disk index:
// 30 copies of one dispatch (each with a different last line) among 10
// distinct articles, all matching the query. Every article names Édouard
// Philippe, half the copies without the accent: the facet's spelling (the
// most frequent) is the one every result shows. The same groups with the
// fingerprints from their slot and, in an index from before the slot, from
// the text; the articles not shown are not read.
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

// Whether the index has the near-duplicate fingerprint slot.
enum class FingerprintSlot { kWritten, kAbsent };

class Index {
 public:
  explicit Index(FingerprintSlot slot = FingerprintSlot::kWritten) {
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
      Xapian::Document doc = builder.build(a, "/test");
      if (slot == FingerprintSlot::kAbsent) doc.remove_value(schema::kFingerprintSlot);
      db.replace_document(schema::term(schema::kIdPrefix, a.id), doc);
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

// The checks of both kinds of index.
void check_collapsing(FingerprintSlot slot) {
  Index index(slot);
  search::Searcher searcher(index.path());
  {
    Xapian::Database db(index.path());
    CHECK(db.get_value_freq(schema::kFingerprintSlot) == (slot == FingerprintSlot::kWritten ? kCopies + kOthers : 0));
  }

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

}  // namespace

TEST_CASE("collapsed search: copies are one result, pages count results") { check_collapsing(FingerprintSlot::kWritten); }

TEST_CASE("collapsed search on an index from before the fingerprint slot: the same, from the text") {
  check_collapsing(FingerprintSlot::kAbsent);
}

TEST_CASE("collapsed search: fingerprints come from the slot, and only the articles shown are read") {
  Index index;
  // The copies' group alone fills a one-result page: the others, ranked in
  // the window after them, are fingerprinted from the slot and never read.
  // Their stored data damaged, reading one would throw.
  {
    Xapian::WritableDatabase db(index.path());
    for (int i = kCopies; i < kCopies + kOthers; ++i) {
      const std::string id_term = schema::term(schema::kIdPrefix, "other-" + std::to_string(i));
      const Xapian::docid docid = *db.postlist_begin(id_term);
      Xapian::Document doc = db.get_document(docid);
      doc.set_data("damaged");
      db.replace_document(docid, doc);
    }
    db.commit();
  }
  search::Searcher searcher(index.path());
  search::CollapsedResults page = search_collapsed(searcher, vilnius(0, 1));
  REQUIRE(page.hits.size() == 1);
  CHECK(page.hits[0].hit.id.rfind("copy-", 0) == 0);
  CHECK_FALSE(page.hits[0].hit.text.empty());  // for its snippet
  CHECK(page.hits[0].duplicates.size() == kCopies - 1);
  for (const search::SearchHit& copy : page.hits[0].duplicates) CHECK(copy.id.rfind("copy-", 0) == 0);
  // Shown, a damaged article fails as it always did.
  CHECK_THROWS(search_collapsed(searcher, vilnius(0, 2)));

  // Searched without documents, the hits are docids, scores and ranks.
  search::SearchRequest bare = vilnius(0, 100);
  bare.documents = false;
  search::SearchResults ranked = searcher.search(bare);
  REQUIRE(ranked.hits.size() == kCopies + kOthers);
  for (const search::SearchHit& hit : ranked.hits) {
    CHECK_FALSE(hit.read);
    CHECK(hit.id.empty());
    CHECK(hit.docid != 0);
  }
  CHECK(ranked.hits[4].rank == 5);
  // The same when ranked on several threads (search/partitioned_match.h).
  searcher.set_match_threads(2, 0, false);
  search::SearchResults split = searcher.search(bare);
  REQUIRE(split.hits.size() == ranked.hits.size());
  for (std::size_t i = 0; i < split.hits.size(); ++i) {
    CHECK_FALSE(split.hits[i].read);
    CHECK(split.hits[i].docid == ranked.hits[i].docid);
  }
  CHECK(search_collapsed(searcher, vilnius(0, 1)).hits[0].duplicates.size() == kCopies - 1);
}

TEST_CASE("collapsed search: the slot's fingerprint, not the text's, groups") {
  // The others' slots given a copy's fingerprint: they group with the copies.
  Index index;
  {
    Xapian::WritableDatabase db(index.path());
    const std::string copy_slot =
        db.get_document(*db.postlist_begin(schema::term(schema::kIdPrefix, "copy-0"))).get_value(schema::kFingerprintSlot);
    REQUIRE_FALSE(copy_slot.empty());
    for (int i = kCopies; i < kCopies + kOthers; ++i) {
      const Xapian::docid docid = *db.postlist_begin(schema::term(schema::kIdPrefix, "other-" + std::to_string(i)));
      Xapian::Document doc = db.get_document(docid);
      doc.add_value(schema::kFingerprintSlot, copy_slot);
      db.replace_document(docid, doc);
    }
    db.commit();
  }
  search::Searcher searcher(index.path());
  search::CollapsedResults all = search_collapsed(searcher, vilnius(0, 100));
  REQUIRE(all.hits.size() == 1);
  CHECK(all.hits[0].duplicates.size() == kCopies + kOthers - 1);
}
