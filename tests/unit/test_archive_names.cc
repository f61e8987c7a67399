// One person, one name across an index: a Searcher on a small on-disk index
// built as `kiosque index` builds it (DocumentBuilder), where some articles
// name a person in full and others by surname alone. The merged facet value
// counts exactly the articles its filter selects, whichever name the filter
// gives; the facet table's cache keeps the merge; results and articles show
// the facet's spelling; an unknown name gets the closest known ones.
#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "document_builder.h"
#include "facets/facet_table.h"
#include "schema.h"
#include "search/searcher.h"
#include "search/shown_entities.h"

using namespace kiosque;
using entities::EntityType;

namespace {

struct NamesDoc {
  const char* id;
  std::vector<const char*> persons;
};

// Sarkozy: 4 articles in full, 2 by surname alone, 1 with both: 6 articles.
// Le Pen: Marine 3, Jean-Marie 2, "Le Pen" alone 1: ambiguous.
// Édouard Philippe, once without the accent.
const std::vector<NamesDoc> kNamesDocs = {
    {"a1", {"Nicolas Sarkozy", "Marine Le Pen"}},
    {"a2", {"Nicolas Sarkozy"}},
    {"a3", {"Nicolas Sarkozy", "Édouard Philippe"}},
    {"a4", {"Sarkozy", "Nicolas Sarkozy"}},
    {"a5", {"Sarkozy"}},
    {"a6", {"Sarkozy", "Le Pen"}},
    {"a7", {"Marine Le Pen"}},
    {"a8", {"Marine Le Pen", "Jean-Marie Le Pen"}},
    {"a9", {"Jean-Marie Le Pen", "Édouard Philippe"}},
    {"a10", {"Edouard Philippe"}},
};

class NamesIndex {
 public:
  // Documents in the order given, or reversed (docids then differ).
  explicit NamesIndex(bool reversed = false) {
    char pattern[] = "/tmp/kiosque-names-XXXXXX";
    path_ = mkdtemp(pattern);
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OPEN);
    DocumentBuilder builder;
    std::vector<NamesDoc> docs = kNamesDocs;
    if (reversed) std::reverse(docs.begin(), docs.end());
    for (const NamesDoc& d : docs) {
      Article a;
      a.id = d.id;
      a.language = "fr";
      a.title_derived = true;
      std::string text;
      for (const char* person : d.persons) {
        a.entities.push_back({EntityType::kPerson, person, {{text.size(), text.size() + std::string(person).size()}}});
        text += std::string(person) + " parle. ";
      }
      a.blocks.push_back({BlockKind::kParagraph, text});
      db.replace_document(schema::term(schema::kIdPrefix, a.id), builder.build(a, "/test"));
    }
    db.commit();
  }
  ~NamesIndex() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::set<std::string> ids(const search::SearchResults& results) {
  std::set<std::string> out;
  for (const search::SearchHit& hit : results.hits) out.insert(hit.id);
  return out;
}

search::SearchResults by_person(search::Searcher& searcher, const std::string& name) {
  search::SearchRequest request;
  request.selected[facets::Facet::kPerson] = {name};
  request.limit = 100;
  request.facets = true;
  request.facet_limit = 0;
  return searcher.search(request);
}

search::SearchResults by_query(search::Searcher& searcher, const std::string& query) {
  search::SearchRequest request;
  request.query = query;
  request.limit = 100;
  return searcher.search(request);
}

std::vector<std::string> person_facet(const search::SearchResults& results) {
  std::vector<std::string> out;
  for (const facets::FacetValue& v : results.facets.at(facets::Facet::kPerson)) out.push_back(v.value + "=" + std::to_string(v.count));
  return out;
}

std::vector<std::string> persons_of(const std::vector<NamedEntity>& entities) {
  std::vector<std::string> out;
  for (const NamedEntity& e : entities) out.push_back(e.name + "=" + std::to_string(e.mentions.size()));
  return out;
}

}  // namespace

TEST_CASE("a dominant surname is one value with its full name: exact counts, same articles either way") {
  NamesIndex index;
  search::Searcher searcher(index.path());
  const std::set<std::string> sarkozy = {"a1", "a2", "a3", "a4", "a5", "a6"};
  for (const char* name : {"Sarkozy", "Nicolas Sarkozy", "sarkozy", "NICOLAS SARKOZY"}) {
    CAPTURE(name);
    search::SearchResults results = by_person(searcher, name);
    CHECK(ids(results) == sarkozy);
    CHECK(results.total == 6);
    // a4 has both names: it counts once.
    CHECK(results.facets.at(facets::Facet::kPerson).front().value == "Nicolas Sarkozy");
    CHECK(results.facets.at(facets::Facet::kPerson).front().count == 6);
    CHECK(searcher.entity_key(EntityType::kPerson, name) == "nicolas sarkozy");
    CHECK(results.filter_suggestions.empty());
  }
  CHECK(ids(by_query(searcher, "person:Sarkozy")) == sarkozy);
  CHECK(ids(by_query(searcher, "person:\"Nicolas Sarkozy\"")) == sarkozy);
  CHECK(ids(by_query(searcher, "-person:Sarkozy person:\"Marine Le Pen\"")) == std::set<std::string>{"a7", "a8"});

  // Over every article: one Sarkozy value; the Le Pens stay apart (Marine 3
  // of 5 articles); the accented spelling of Philippe, 3 articles.
  search::SearchRequest all;
  all.match_all_when_empty = true;
  all.facets = true;
  all.facet_limit = 0;
  CHECK(person_facet(searcher.search(all)) ==
        std::vector<std::string>{"Nicolas Sarkozy=6", "Marine Le Pen=3", "Édouard Philippe=3", "Jean-Marie Le Pen=2",
                                 "Le Pen=1"});
  CHECK(by_person(searcher, "Le Pen").total == 1);
  CHECK(by_person(searcher, "Marine Le Pen").total == 3);
}

TEST_CASE("re-indexing the same articles in another order gives the same names and counts") {
  NamesIndex forward, reversed(true);
  search::Searcher a(forward.path()), b(reversed.path());
  search::SearchRequest all;
  all.match_all_when_empty = true;
  all.facets = true;
  all.facet_limit = 0;
  CHECK(person_facet(a.search(all)) == person_facet(b.search(all)));
  CHECK(ids(by_person(a, "Sarkozy")) == ids(by_person(b, "Sarkozy")));
}

TEST_CASE("the facet table's cache file keeps the surname resolution") {
  NamesIndex index;
  {
    search::Searcher searcher(index.path());
    CHECK(by_person(searcher, "Sarkozy").total == 6);  // builds and saves the table
  }
  const std::string file = index.path() + "/" + facets::FacetTable::kCacheFile;
  REQUIRE(std::filesystem::exists(file));
  shards::IndexDatabase opened(index.path());
  auto loaded = facets::FacetTable::load(file, opened.signature());
  REQUIRE(loaded);
  facets::FacetTable built(opened.database(), opened.signature());
  CHECK(loaded->surnames().full_name("sarkozy") == std::optional<std::string_view>("nicolas sarkozy"));
  CHECK(loaded->surnames().size() == built.surnames().size());
  CHECK(loaded->all_counts() == built.all_counts());
  auto id = loaded->find(facets::Facet::kPerson, "nicolas sarkozy");
  REQUIRE(id);
  CHECK(loaded->all_counts()[*id] == 6);
  CHECK(*loaded->shown_name(facets::Facet::kPerson, "sarkozy") == "Nicolas Sarkozy");
  CHECK(*loaded->shown_name(facets::Facet::kPerson, "edouard philippe") == "Édouard Philippe");
  CHECK(loaded->shown_name(facets::Facet::kPerson, "nobody") == nullptr);
  // And a search reading it counts the same.
  search::Searcher searcher(index.path());
  CHECK(by_person(searcher, "Nicolas Sarkozy").facets.at(facets::Facet::kPerson).front().count == 6);
}

TEST_CASE("results and articles show the facet's names, a surname joined to its full name") {
  NamesIndex index;
  search::Searcher searcher(index.path());
  std::optional<Article> a4 = searcher.document("a4");
  REQUIRE(a4);
  CHECK(persons_of(a4->entities) == std::vector<std::string>{"Nicolas Sarkozy=2"});
  CHECK(a4->entities.front().mentions == std::vector<std::pair<std::size_t, std::size_t>>{{0, 7}, {15, 30}});
  std::optional<Article> a10 = searcher.document("a10");
  REQUIRE(a10);
  CHECK(persons_of(a10->entities) == std::vector<std::string>{"Édouard Philippe=1"});
  for (const search::SearchHit& hit : by_person(searcher, "Sarkozy").hits)
    for (const NamedEntity& e : hit.entities) {
      CAPTURE(hit.id);
      CHECK(e.name != "Sarkozy");
      CHECK(e.name != "Edouard Philippe");
    }
}

TEST_CASE("use_shown_names: renamed, joined, most mentioned first") {
  NamesIndex index;
  shards::IndexDatabase opened(index.path());
  facets::FacetTable table(opened.database(), opened.signature());
  std::vector<NamedEntity> entities = {
      {EntityType::kPerson, "Edouard Philippe", {{40, 56}}},
      {EntityType::kPerson, "Jean-Marie Le Pen", {{60, 77}, {80, 86}}},
      {EntityType::kPerson, "Sarkozy", {{0, 7}, {20, 27}}},
      {EntityType::kPerson, "Nicolas Sarkozy", {{10, 25}}},
      {EntityType::kPlace, "Sarkozy", {{90, 97}}},  // a place is not a person's surname
      {EntityType::kPerson, "Someone Unknown", {{99, 114}}},
  };
  search::use_shown_names(entities, table);
  CHECK(persons_of(entities) == std::vector<std::string>{"Nicolas Sarkozy=3", "Jean-Marie Le Pen=2",
                                                         "Édouard Philippe=1", "Sarkozy=1", "Someone Unknown=1"});
  CHECK(entities.front().mentions == std::vector<std::pair<std::size_t, std::size_t>>{{0, 7}, {10, 25}, {20, 27}});
}

TEST_CASE("an entity filter that names nothing in the index gets the closest names") {
  NamesIndex index;
  search::Searcher searcher(index.path());
  search::SearchResults results = by_person(searcher, "Sarkozi");
  CHECK(results.total == 0);
  REQUIRE(results.filter_suggestions.size() == 1);
  CHECK(results.filter_suggestions[0].facet == facets::Facet::kPerson);
  CHECK(results.filter_suggestions[0].value == "Sarkozi");
  CHECK(results.filter_suggestions[0].suggestions == std::vector<std::string>{"Nicolas Sarkozy"});

  // In the query, once per value, every entity field; known values and other
  // fields are not reported.
  results = by_query(searcher, "person:\"Marine Le Pin\" OR (person:Sarkozy place:Pariss -person:\"Marine Le Pin\")");
  REQUIRE(results.filter_suggestions.size() == 2);
  CHECK(results.filter_suggestions[0].value == "Marine Le Pin");
  CHECK(results.filter_suggestions[0].suggestions == std::vector<std::string>{"Marine Le Pen", "Jean-Marie Le Pen"});
  CHECK(results.filter_suggestions[1].facet == facets::Facet::kPlace);
  CHECK(results.filter_suggestions[1].suggestions.empty());  // no place at all

  // Not asked for: not computed (facet counting searches).
  search::SearchRequest quiet;
  quiet.selected[facets::Facet::kPerson] = {"Sarkozi"};
  quiet.suggest = false;
  CHECK(searcher.search(quiet).filter_suggestions.empty());
}
