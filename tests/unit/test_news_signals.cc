// The news ranking signals (search/news_signals.h) piece by piece, on an
// in-memory index the document builder writes: the title read from
// positions (title_words.h), how much an article is about an entity
// (entity_focus.h), the names a query types (ParsedQuery::names()), and
// the pages cut from the reordered best matches (reranked_page.h).
#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "document_builder.h"
#include "names/entity_resolver.h"
#include "query/text_query.h"
#include "schema.h"
#include "search/entity_focus.h"
#include "search/reranked_page.h"
#include "search/title_words.h"

using namespace kiosque;

namespace {

struct TitledDoc {
  const char* id;
  const char* title;  // "" : derived from the text, not indexed apart
  std::vector<const char*> paragraphs;
  // One person, named this many times in the title and in the paragraphs
  // (each paragraph naming it once counts as a mention there).
  std::size_t title_mentions = 0;
  std::vector<bool> named_in;  // per paragraph
};

std::string id_of(const Xapian::Document& doc) {
  auto term = doc.termlist_begin();
  term.skip_to(std::string(schema::kIdPrefix));
  return (*term).substr(schema::kIdPrefix.size());
}

class SignalIndex {
 public:
  explicit SignalIndex(const std::vector<TitledDoc>& docs) : db_(std::string(), Xapian::DB_BACKEND_INMEMORY) {
    DocumentBuilder builder;
    for (const TitledDoc& d : docs) {
      Article a;
      a.id = d.id;
      a.language = "fr";
      a.title = *d.title ? d.title : d.paragraphs.front();
      a.title_derived = !*d.title;
      for (const char* p : d.paragraphs) a.blocks.push_back({BlockKind::kParagraph, p});
      if (!d.named_in.empty() || d.title_mentions) {
        NamedEntity person{entities::EntityType::kPerson, "Léa Fontanel", {}, d.title_mentions};
        std::size_t start = 0;
        for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
          const std::size_t length = std::string(d.paragraphs[i]).size();
          if (i < d.named_in.size() && d.named_in[i]) person.mentions.push_back({start, start + 3});
          start += length + 2;  // kBlockSeparator
        }
        a.entities.push_back(person);
      }
      db_.replace_document(schema::term(schema::kIdPrefix, a.id), builder.build(a, "/test"));
    }
    db_.commit();
  }

  // Ids matching `query`, best first.
  std::vector<std::string> ranked(const Xapian::Query& query) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    std::vector<std::string> out;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(id_of(it.get_document()));
    return out;
  }

  Xapian::WritableDatabase& db() { return db_; }

 private:
  Xapian::WritableDatabase db_;
};

Xapian::Query title_source(std::vector<std::string> forms) {
  return Xapian::Query((new search::TitleWordSource(std::move(forms), 1.0))->release());
}

}  // namespace

TEST_CASE("TitleWordSource: a word at a title position weighs, one in the text does not") {
  std::vector<TitledDoc> docs = {
      {"title", "La réforme des retraites votée", {"Le texte passe au Sénat."}},
      {"text", "Le Sénat vote", {"Le texte porte sur les retraites et la réforme."}},
      {"both", "Retraites : le Sénat tranche", {"Les retraites encore."}},
      {"derived", "", {"Retraites en débat au Sénat, ce matin.", "Suite du texte."}},
      {"late", "Un vote", {"Premier paragraphe.", "Les retraites, plus loin."}},
      // Without the word: its weight is its rarity's (idf).
      {"weather", "La météo du jour", {"Du soleil."}},
      {"sport", "Le match de ce soir", {"Un but."}},
  };
  SignalIndex index(docs);
  // The ids matching `query` whose weight is above 0, and all it matches.
  auto weighing = [&](const Xapian::Query& query) {
    Xapian::Enquire enquire(index.db());
    enquire.set_query(query);
    std::set<std::string> weigh, all;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      all.insert(id_of(it.get_document()));
      if (it.get_weight() > 0) weigh.insert(id_of(it.get_document()));
    }
    return std::make_pair(weigh, all);
  };
  SUBCASE("it matches the articles with the word, and weighs those with it in their title") {
    auto [weigh, all] = weighing(title_source({"retraites"}));
    CHECK(weigh == std::set<std::string>{"title", "both", "derived"});
    CHECK(all == std::set<std::string>{"title", "text", "both", "derived", "late"});
  }
  SUBCASE("any of the forms counts") {
    CHECK(weighing(title_source({"retraite", "retraites"})).first.size() == 3);
    CHECK(weighing(title_source({"retraite"})).first.empty());
  }
  SUBCASE("on the optional side, it puts the titles first") {
    Xapian::Query word("retraites");
    Xapian::Query boosted(Xapian::Query::OP_AND_MAYBE, word,
                          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, title_source({"retraites"}), 20.0));
    std::vector<std::string> found = index.ranked(boosted);
    REQUIRE(found.size() == 5);
    CHECK(std::set<std::string>(found.begin(), found.begin() + 3) == std::set<std::string>{"title", "both", "derived"});
  }
}

TEST_CASE("aboutness: passing mention < first paragraph < title, within 0..1") {
  search::EntityMentions passing{1, 0, false, {}}, lead{3, 0, true, {}}, title{4, 1, true, {}};
  CHECK(aboutness(passing) > 0);
  CHECK(aboutness(passing) < aboutness(lead));
  CHECK(aboutness(lead) < aboutness(title));
  CHECK(aboutness(search::EntityMentions{500, 3, true, {}}) < 1.0);
}

TEST_CASE("EntityFocusSource: the articles about the person first, from the slot's mentions") {
  std::vector<TitledDoc> docs = {
      {"passing", "Le budget adopté", {"Le budget passe.", "Un mot de Léa Fontanel."}, 0, {false, true}},
      {"about", "Léa Fontanel nommée", {"Léa Fontanel arrive.", "Léa Fontanel parle.", "Fontanel conclut."}, 1,
       {true, true, true}},
      {"lead", "Nomination au ministère", {"Léa Fontanel arrive.", "Elle parle."}, 0, {true, false}},
      {"none", "Rien à voir", {"Pas de nom ici."}},
  };
  SignalIndex index(docs);
  const std::string term = schema::term(schema::kPersonPrefix, "lea fontanel");
  Xapian::Query focus((new search::EntityFocusSource({term}, std::string(schema::kPersonPrefix), schema::kPersonsSlot, 4.0))
                          ->release());
  CHECK(index.ranked(focus) == std::vector<std::string>{"about", "lead", "passing"});
  // Added to a query, it reorders what the query matches and matches nothing more.
  Xapian::Query budget(Xapian::Query::OP_AND_MAYBE, Xapian::Query("budget"), focus);
  CHECK(index.ranked(budget) == std::vector<std::string>{"passing"});
}

TEST_CASE("ParsedQuery::names: runs of capitalised words, stopwords inside kept") {
  query::TextQuery text_query({"fr"});
  struct Row {
    const char* query;
    std::vector<std::string> names;
  };
  const Row rows[] = {
      {"quelle est la position de Marine Le Pen sur l'immigration", {"Marine Le Pen"}},
      {"Tour de France", {"Tour de France"}},
      {"Castaner gilets jaunes", {"Castaner"}},
      {"réforme des retraites", {}},
      {"Hollande renonce à se représenter devant Sarkozy", {"Hollande", "Sarkozy"}},
      {"Brexit de la", {"Brexit"}},  // trailing stopwords are no part of a name
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    CHECK(text_query.parse_parts(row.query).names() == row.names);
  }
}

TEST_CASE("ParsedQuery parts: positional forms, none for stopwords and fillers") {
  query::TextQuery text_query({"fr"});
  query::ParsedQuery parsed = text_query.parse_parts("quelles retraites Notre-Dame");
  REQUIRE(parsed.parts().size() == 3);
  CHECK(parsed.parts()[0].positional.empty());  // a filler word
  REQUIRE(parsed.parts()[1].positional.size() == 1);
  const std::vector<std::string>& forms = parsed.parts()[1].positional.front();
  CHECK(std::find(forms.begin(), forms.end(), "retraites") != forms.end());
  CHECK(std::find(forms.begin(), forms.end(), "retraite") != forms.end());
  // A hyphenated name: one position per word.
  CHECK(parsed.parts()[2].positional == std::vector<std::vector<std::string>>{{"notre"}, {"dame"}});
}

TEST_CASE("reranked_page: the signals reorder the best kRerankDepth, every page cut from one order") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  // Word "match" with a falling BM25 (more filler each time); every third
  // document has "boost", which the signals reward.
  const Xapian::doccount documents = search::kRerankDepth + 60;
  for (Xapian::doccount i = 0; i < documents; ++i) {
    Xapian::Document doc;
    doc.add_term("match", 3);
    for (Xapian::doccount filler = 0; filler < i; ++filler) doc.add_term("filler" + std::to_string(filler));
    if (i % 3 == 0) doc.add_term("boost");
    db.add_document(doc);
  }
  db.commit();
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("match"));
  const Xapian::Query signals(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("boost"), 50.0);

  auto ids = [](const std::vector<Xapian::MSet>& page) {
    std::vector<Xapian::docid> out;
    for (const Xapian::MSet& mset : page)
      for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
    return out;
  };
  const std::vector<Xapian::docid> whole = ids(search::reranked_page(enquire, signals, 0, documents, true));
  REQUIRE(whole.size() == documents);
  CHECK(enquire.get_query().get_description() == Xapian::Query("match").get_description());  // left as it was
  // The boosted documents of the best kRerankDepth come first...
  CHECK(whole.front() % 3 == 1);  // docids from 1: document i is docid i + 1
  // ...and what follows kRerankDepth is BM25's order, unboosted.
  std::vector<Xapian::docid> tail(whole.begin() + search::kRerankDepth, whole.end());
  CHECK(std::is_sorted(tail.begin(), tail.end()));
  // Pages of 7, across the depth, cut the same order.
  std::vector<Xapian::docid> paged;
  for (Xapian::doccount offset = 0; offset < documents; offset += 7)
    for (Xapian::docid id : ids(search::reranked_page(enquire, signals, offset, 7, true))) paged.push_back(id);
  CHECK(paged == whole);
  // Without signals: BM25's order.
  std::vector<Xapian::docid> plain = ids(search::reranked_page(enquire, Xapian::Query(), 0, documents, true));
  CHECK(std::is_sorted(plain.begin(), plain.end()));
}
