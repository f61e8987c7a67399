// Queries through the same analysis as indexing: each row is a query and the
// articles it must (and must not) find in a small in-memory index.
#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <set>

#include "document_builder.h"
#include "names/entity_resolver.h"
#include "query/text_query.h"
#include "schema.h"

using namespace kiosque;

namespace {

struct Doc {
  const char* id;
  const char* lang;
  const char* text;
};

const Doc kDocs[] = {
    {"ukraine-l", "fr", "Les troupes sont entrées dans l'Ukraine hier."},
    {"ukraine-d", "fr", "Le président d’Ukraine a parlé."},
    {"etat", "fr", "Le chef de l'État a tranché."},
    {"elysee-plain", "fr", "Une source proche de l'Elysee a confirmé."},
    {"elysee-accent", "fr", "Le palais de l'Élysée a démenti."},
    {"choigou", "fr", "Le ministre Sergueï Choïgou est arrivé."},
    {"negocier", "fr", "Les syndicats veulent négocier avec la direction."},
    {"ukrainiens", "fr", "Les soldats ukrainiens avancent."},
    {"saint-etienne", "fr", "La maire de Saint-Étienne a présenté le tramway."},
    {"jean-luc", "fr", "Jean-Luc a voté contre."},
    {"onu", "fr", "Le secrétaire général de l'O.N.U. a parlé."},
    {"ndjamena", "fr", "Des manifestations à N’Djamena ce matin."},
    {"obrien", "en", "Ambassador O'Brien's speech was short."},
    {"saint-et-etienne", "fr", "Le saint patron et Étienne le boulanger."},
    {"putin-en", "en", "Putin's negotiations with the delegation stalled."},
};

class Fixture {
 public:
  Fixture() : db_(Xapian::InMemory::open()), entities_(db_) {
    DocumentBuilder builder;
    for (const Doc& d : kDocs) {
      Article a;
      a.id = d.id;
      a.language = d.lang;
      a.title_derived = true;
      a.blocks.push_back({BlockKind::kParagraph, d.text});
      db_.replace_document(schema::term(schema::kIdPrefix, a.id), builder.build(a, "/test"));
    }
    db_.commit();
  }

  std::set<std::string> ids(const std::string& query) {
    query::TextQuery text_query(query::indexed_languages(db_), entities_);
    Xapian::Enquire enquire(db_);
    enquire.set_query(text_query.parse(query));
    std::set<std::string> found;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::Document doc = it.get_document();
      auto term = doc.termlist_begin();
      term.skip_to("Q");
      found.insert((*term).substr(1));
    }
    return found;
  }

  std::string top(const std::string& query) {
    query::TextQuery text_query(query::indexed_languages(db_), entities_);
    Xapian::Enquire enquire(db_);
    enquire.set_query(text_query.parse(query));
    Xapian::MSet mset = enquire.get_mset(0, 1);
    REQUIRE(!mset.empty());
    auto term = mset.begin().get_document().termlist_begin();
    term.skip_to("Q");
    return (*term).substr(1);
  }

 private:
  Xapian::WritableDatabase db_;
  names::EntityResolver entities_;
};

using Ids = std::set<std::string>;

}  // namespace

TEST_CASE("each analysis rule holds from query to index") {
  Fixture index;
  struct Row {
    const char* query;
    Ids must_find;
    Ids must_not_find;
  };
  const Row rows[] = {
      // Elisions
      {"ukraine", {"ukraine-l", "ukraine-d"}, {}},
      {"l'ukraine", {"ukraine-l", "ukraine-d"}, {}},
      {"d’Ukraine", {"ukraine-l", "ukraine-d"}, {}},
      // Accents, both ways
      {"etat", {"etat"}, {}},
      {"ÉTAT", {"etat"}, {}},
      {"choigou", {"choigou"}, {}},
      {"élysée", {"elysee-plain", "elysee-accent"}, {}},
      {"elysee", {"elysee-plain", "elysee-accent"}, {}},
      // Stemming
      {"négociations", {"negocier"}, {}},
      {"negociation", {"negocier"}, {}},
      {"ukrainienne", {"ukrainiens"}, {}},
      {"negotiation", {"putin-en"}, {}},
      // Hyphens and phrases
      {"saint-etienne", {"saint-etienne"}, {"saint-et-etienne"}},
      {"saint etienne", {"saint-etienne", "saint-et-etienne"}, {}},
      {"\"Saint Étienne\"", {"saint-etienne"}, {"saint-et-etienne"}},
      {"jean-luc", {"jean-luc"}, {}},
      // Acronyms with dots
      {"ONU", {"onu"}, {}},
      {"O.N.U.", {"onu"}, {}},
      // Apostrophes in names
      {"N'Djamena", {"ndjamena"}, {}},
      {"n'djamena", {"ndjamena"}, {}},
      {"djamena", {"ndjamena"}, {}},
      {"o'brien", {"obrien"}, {}},
      {"putin", {"putin-en"}, {}},
      // Stopwords are dropped when the query has other words...
      {"la maire", {"saint-etienne"}, {}},
      // ...and searched when it has nothing else.
      {"la", {"negocier", "saint-etienne"}, {}},
      // Exclusion
      {"ukraine -président", {"ukraine-l"}, {"ukraine-d"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    Ids found = index.ids(row.query);
    for (const std::string& id : row.must_find) {
      CAPTURE(id);
      CHECK(found.count(id) == 1);
    }
    for (const std::string& id : row.must_not_find) {
      CAPTURE(id);
      CHECK(found.count(id) == 0);
    }
  }
}

TEST_CASE("an exact accented match ranks first") {
  Fixture index;
  CHECK(index.top("élysée") == "elysee-accent");
  CHECK(index.top("Elysee") != "");
}

TEST_CASE("queries that cannot be searched say why") {
  Fixture index;
  struct Row {
    const char* query;
    const char* message_part;
  };
  const Row rows[] = {
      {"\"saint etienne", "unbalanced quote"},
      {"-ukraine", "no words to search"},
      {"!!! ???", "no words to search"},
      {"", "no words to search"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    try {
      index.ids(row.query);
      FAIL("expected QueryError");
    } catch (const query::QueryError& e) {
      CHECK(std::string(e.what()).find(row.message_part) != std::string::npos);
    }
  }
}

TEST_CASE("words with the same stems count once") {
  // "retraite retraites" and "le les" ask for one stem: scored once, as one
  // word would be (and walked once by Xapian).
  query::TextQuery parser({"fr"});
  const std::pair<const char*, const char*> rows[] = {
      {"retraite retraites", "retraite"}, {"le les la", "le la"}, {"réforme réforme", "réforme"}};
  for (const auto& row : rows) {
    CAPTURE(row.first);
    CHECK(parser.parse(row.first).get_description() == parser.parse(row.second).get_description());
  }
  CHECK(parser.parse("retraite retraites").get_description() != parser.parse("retraites réforme").get_description());
}
