// FacetTable and facets::FacetCounter against a small on-disk index whose documents
// carry facet values in their slots (schema.h), as the indexer writes them:
// exact multi-valued counts, name and date order, the cache file.
#include <doctest/doctest.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "facets/entity_slot.h"
#include "facets/facet_counter.h"
#include "facets/facet_table.h"
#include "schema.h"
#include "shards/index_database.h"

using namespace kiosque;

namespace {

struct Doc {
  std::vector<std::pair<std::string, std::string>> persons;
  std::string language, date;  // date: YYYYMMDD, "" undated
};

// Documents 1..n, in order.
const std::vector<Doc> kDocs = {
    {{{"vladimir poutine", "Vladimir Poutine"}, {"emmanuel macron", "Emmanuel Macron"}}, "fr", "20230914"},
    {{{"vladimir poutine", "Vladimir Poutine"}}, "fr", "20230900"},
    {{{"serguei choigou", "Serguei Choigou"}, {"vladimir poutine", "Vladimir Poutine"}}, "en", "20221231"},
    {{{"serguei choigou", "Sergueï Choïgou"}}, "fr", ""},
    {{{"anna zorn", "Anna Zorn"}, {"bruno abel", "Bruno Abel"}}, "de", "20230101"},
};

class Index {
 public:
  Index() {
    char pattern[] = "/tmp/kiosque-facets-XXXXXX";
    path_ = mkdtemp(pattern);
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OPEN);
    for (const Doc& d : kDocs) {
      Xapian::Document doc;
      doc.add_value(schema::kPersonsSlot, facets::encode_entity_slot(d.persons));
      doc.add_value(schema::kLanguageSlot, d.language);
      if (!d.date.empty()) doc.add_value(schema::kDateSlot, d.date);
      doc.add_term("x");
      db.add_document(doc);
    }
    db.commit();
  }
  ~Index() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::vector<std::string> shown(const std::vector<facets::FacetValue>& values) {
  std::vector<std::string> out;
  for (const facets::FacetValue& v : values) out.push_back(v.value + "=" + std::to_string(v.count));
  return out;
}

// Counts of documents `docids` of `table`.
std::unique_ptr<facets::FacetCounter> count(const std::shared_ptr<const facets::FacetTable>& table, const Xapian::Database& db,
                                    const std::vector<Xapian::docid>& docids) {
  auto counter = std::make_unique<facets::FacetCounter>(table);
  for (Xapian::docid d : docids) (*counter)(db.get_document(d), 0);
  return counter;
}

}  // namespace

TEST_CASE("facet table: exact multi-valued counts, ties by name, dates chronological with undated last") {
  Index index;
  shards::IndexDatabase opened(index.path());
  const Xapian::Database& db = opened.database();
  auto table = std::make_shared<const facets::FacetTable>(db, opened.signature());
  auto counted = count(table, db, {1, 2, 3, 4, 5});
  const facets::FacetCounter& all = *counted;
  // "Sergueï Choïgou" and "Serguei Choigou" are one key; equal counts: the
  // accented spelling is shown. Anna Zorn and Bruno Abel tie: by name.
  CHECK(shown(all.values(facets::Facet::kPerson, 0)) ==
        std::vector<std::string>{"Vladimir Poutine=3", "Sergueï Choïgou=2", "Anna Zorn=1", "Bruno Abel=1",
                                 "Emmanuel Macron=1"});
  CHECK(shown(all.values(facets::Facet::kPerson, 2)) == std::vector<std::string>{"Vladimir Poutine=3", "Sergueï Choïgou=2"});
  CHECK(shown(all.values(facets::Facet::kYear, 0)) ==
        std::vector<std::string>{"2022=1", "2023=3", std::string(facets::kUndatedValue) + "=1"});
  CHECK(shown(all.values(facets::Facet::kMonth, 0)) ==
        std::vector<std::string>{"2022-12=1", "2023-01=1", "2023-09=2", std::string(facets::kUndatedValue) + "=1"});
  // A month-only date has no day.
  CHECK(shown(all.values(facets::Facet::kDay, 0)) == std::vector<std::string>{"2022-12-31=1", "2023-01-01=1", "2023-09-14=1",
                                                                      std::string(facets::kUndatedValue) + "=1"});
  CHECK(shown(all.values(facets::Facet::kLanguage, 0)) == std::vector<std::string>{"fr=3", "de=1", "en=1"});
  CHECK(all.documents() == 5);

  // The whole index's counts are kept: the empty query needs no pass.
  facets::FacetCounter everything(table);
  everything.count_all();
  CHECK(shown(everything.values(facets::Facet::kPerson, 0)) == shown(all.values(facets::Facet::kPerson, 0)));
  CHECK(everything.documents() == 5);

  auto counted_some = count(table, db, {2, 4});
  const facets::FacetCounter& some = *counted_some;
  CHECK(shown(some.values(facets::Facet::kPerson, 0)) == std::vector<std::string>{"Sergueï Choïgou=1", "Vladimir Poutine=1"});
  CHECK(some.value(facets::Facet::kPerson, "vladimir poutine").count == 1);
  CHECK(some.value(facets::Facet::kPerson, "emmanuel macron").count == 0);
  CHECK(some.value(facets::Facet::kPerson, "nobody").count == 0);
}

TEST_CASE("facet table: saved beside the index, read back whole, ignored when stale or damaged") {
  Index index;
  shards::IndexDatabase opened(index.path());
  const Xapian::Database& db = opened.database();
  const std::string file = index.path() + "/" + facets::FacetTable::kCacheFile;
  const std::string signature = opened.signature();
  auto built = facets::FacetTable::for_database(index.path(), db, signature);
  REQUIRE(std::filesystem::exists(file));

  auto loaded = facets::FacetTable::load(file, signature);
  REQUIRE(loaded);
  CHECK(loaded->size() == built->size());
  CHECK(loaded->documents() == built->documents());
  CHECK(loaded->all_counts() == built->all_counts());
  for (Xapian::docid d = 1; d <= kDocs.size(); ++d) {
    auto [a, a_end] = built->values_of(d);
    auto [b, b_end] = loaded->values_of(d);
    CHECK(std::vector<facets::FacetTable::Id>(a, a_end) == std::vector<facets::FacetTable::Id>(b, b_end));
  }
  for (facets::FacetTable::Id id = 0; id < built->size(); ++id) {
    CHECK(loaded->entry(id).key == built->entry(id).key);
    CHECK(loaded->entry(id).name == built->entry(id).name);
  }

  // Another revision: the file is not used.
  CHECK_FALSE(facets::FacetTable::load(file, signature + "x"));
  // A cut file is refused, whatever the cut.
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(cut));
    CHECK_FALSE(facets::FacetTable::load(file, signature));
  }
}
