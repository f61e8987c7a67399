// What ranks and what matches on queries as people type them, against a
// small on-disk index through Searcher: query relaxation
// (search/relaxation.h), the word as typed above its stem, names never
// stemmed, typing variants (query/typed_forms.h) and automatic correction.
#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "document_builder.h"
#include "query/filler_words.h"
#include "query/typed_forms.h"
#include "schema.h"
#include "search/relaxation.h"
#include "search/searcher.h"

using namespace kiosque;

namespace {

struct Doc {
  std::string id, text;
};

std::vector<Doc> docs() {
  std::vector<Doc> out = {
      {"question", "Quelles mesures pour les soignants pendant l'épidémie ? Le ministre répond."},
      {"conseil", "Le conseil municipal a voté le budget. Le conseil se réunit demain."},
      {"conseiller", "Un conseiller de l'Élysée a démissionné."},
      {"benali", "Le footballeur Benali a marqué."},
      {"euros", "Un plan de trois milliards d'euros pour les hôpitaux."},
      {"g20-hyphen", "Le sommet du G-20 à Bali."},
      {"g20-glued", "Les dirigeants du G20 se retrouvent."},
      {"classe-g", "La Classe G coûte 20 000 euros de plus."},
      {"covid", "La pandémie de COVID-19 a fermé les écoles."},
      {"saint-etienne", "Le maire de Saint-Étienne a inauguré le tramway."},
      {"today", "Aujourd'hui, la pluie tombe sur la ville."},
      {"inverted", "Les vacances vont-elles durer ?"},
  };
  // Enough articles on the topic without the question words, and about
  // Benalla, for relaxation and correction to have somewhere to go.
  for (int i = 0; i < 22; ++i)
    out.push_back({"topic-" + std::to_string(i), "Nouvelles mesures pour les soignants face à l'épidémie, numéro " +
                                                      std::to_string(i) + "."});
  for (int i = 0; i < 12; ++i)
    out.push_back({"benalla-" + std::to_string(i), "L'affaire Benalla revient devant les juges, épisode " +
                                                       std::to_string(i) + "."});
  return out;
}

class Index {
 public:
  Index() {
    char pattern[] = "/tmp/kiosque-relevance-XXXXXX";
    path_ = mkdtemp(pattern);
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OPEN);
    DocumentBuilder builder;
    for (const Doc& d : docs()) {
      Article a;
      a.id = d.id;
      a.language = "fr";
      a.title_derived = true;
      a.blocks.push_back({BlockKind::kParagraph, d.text});
      db.replace_document(schema::term(schema::kIdPrefix, a.id), builder.build(a, "/test"));
    }
    db.commit();
  }
  ~Index() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

search::SearchResults run(search::Searcher& searcher, const std::string& query, bool autocorrect = true) {
  search::SearchRequest request;
  request.query = query;
  request.limit = 50;
  request.autocorrect = autocorrect;
  return searcher.search(request);
}

std::set<std::string> ids(const search::SearchResults& results) {
  std::set<std::string> out;
  for (const search::SearchHit& hit : results.hits) out.insert(hit.id);
  return out;
}

}  // namespace

TEST_CASE("typed forms: one rule per row") {
  CHECK(query::same_word_forms("conseiller") == std::vector<std::string>{"conseiller", "conseillers"});
  CHECK(query::same_word_forms("euros") == std::vector<std::string>{"euros", "euro"});
  CHECK(query::same_word_forms("bureau") == std::vector<std::string>{"bureau", "bureaux"});
  CHECK(query::same_word_forms("le") == std::vector<std::string>{"le"});
  CHECK(query::is_bare_elision("d", "euros"));
  CHECK(query::is_bare_elision("qu", "il"));
  CHECK(query::is_bare_elision("l", "hopital"));
  CHECK_FALSE(query::is_bare_elision("d", "marseille"));  // "vitamine d marseille": a letter, not an elision
  CHECK_FALSE(query::is_bare_elision("x", "euros"));
  CHECK(query::split_code("g20") == std::make_pair(std::string("g"), std::string("20")));
  CHECK(query::split_code("covid19") == std::make_pair(std::string("covid"), std::string("19")));
  CHECK_FALSE(query::split_code("euro2016"));  // a year, not a code
  CHECK_FALSE(query::split_code("2020"));
  CHECK_FALSE(query::split_code("presidentielle2022"));
  CHECK(query::is_code("g", "20"));
  CHECK_FALSE(query::is_code("classe", "20"));
  CHECK(query::spelled_out("st") == std::string("saint"));
  CHECK(query::spelled_out("ste") == std::string("sainte"));
  CHECK_FALSE(query::spelled_out("sainte"));
  CHECK(query::infinitives("bloquent") == std::vector<std::string>{"bloquer", "bloquir"});
  CHECK(query::infinitives("finissent") == std::vector<std::string>{"finisser", "finir", "finissir"});
  CHECK(query::infinitives("vendent") == std::vector<std::string>{"vender", "vendir", "vendre"});
  CHECK(query::infinitives("content") == std::vector<std::string>{"conter", "contir"});  // not "contre"
  CHECK(query::infinitives("ment").empty());  // not "mer"
  CHECK(query::infinitives("bloquer").empty());
  CHECK(query::is_filler_word("quelles"));
  CHECK(query::is_filler_word("pendant"));
  CHECK_FALSE(query::is_filler_word("soignants"));
  // A question's inverted verb and pronoun, whatever the verb.
  for (const char* word : {"vont-elles", "faut-il", "a-t-on", "peut-on", "sont-ils", "doit-elle"}) {
    CAPTURE(word);
    CHECK(query::is_filler_word(word));
  }
  for (const char* word : {"rendez-vous", "saint-etienne", "on", "il", "-on", "grand-oncle", "porte-avions"}) {
    CAPTURE(word);
    CHECK_FALSE(query::is_filler_word(word));
  }
}

TEST_CASE("relaxation: few articles with every word, so question words stop being required") {
  Index index;
  search::Searcher searcher(index.path());
  search::SearchResults strict = run(searcher, "mesures soignants épidémie");
  CHECK(strict.total == 23);
  CHECK(strict.optional_words.empty());  // enough articles: nothing relaxed

  search::SearchResults question = run(searcher, "quelles mesures pour les soignants pendant l'épidémie");
  CHECK(question.total == 23);
  CHECK(question.optional_words == std::vector<std::string>{"quelles", "pendant"});
  REQUIRE(!question.hits.empty());
  CHECK(question.hits.front().id == "question");  // every word: first

  // The same query, pinned as searched (what collapsing and facet counts
  // do), counts the same articles.
  search::SearchRequest first;
  first.query = "quelles mesures pour les soignants pendant l'épidémie";
  search::SearchRequest again = as_searched(first, question);
  again.limit = 50;
  CHECK(searcher.search(again).total == 23);

  // A question's inverted verb ("vont-elles", one hyphenated word) is a filler
  // too, not a phrase every article must hold.
  search::SearchResults inverted = run(searcher, "quand les mesures vont-elles aider les soignants");
  CHECK(inverted.total == 23);
  const std::vector<std::string>& dropped = inverted.optional_words;
  CHECK(std::find(dropped.begin(), dropped.end(), "vont-elles") != dropped.end());
}

TEST_CASE("relaxation: a word that matches nothing goes first, one word always stays") {
  Index index;
  search::Searcher searcher(index.path());
  search::SearchResults results = run(searcher, "tramway zzzqqq", false);
  CHECK(results.optional_words == std::vector<std::string>{"zzzqqq"});
  CHECK(ids(results) == std::set<std::string>{"saint-etienne"});
  // Quoted phrases are never dropped.
  CHECK(run(searcher, "tramway \"zzzqqq\"", false).total == 0);
}

TEST_CASE("the word as typed ranks above other words of its stem") {
  Index index;
  search::Searcher searcher(index.path());
  search::SearchResults results = run(searcher, "conseiller");
  REQUIRE(results.hits.size() == 2);  // the stem still finds "conseil"
  CHECK(results.hits.front().id == "conseiller");
}

TEST_CASE("a capitalised name is not stemmed into another name; a confident correction is searched") {
  Index index;
  search::Searcher searcher(index.path());
  search::SearchResults typed = run(searcher, "Benala", false);
  CHECK(typed.total == 0);  // not Benali through the stem "benal"
  search::SearchResults corrected = run(searcher, "Benala");
  CHECK(corrected.corrected_from == std::string("Benala"));
  CHECK(corrected.searched_query == "Benalla");
  CHECK(corrected.total == 12);
  CHECK(!corrected.suggestion);
  // Lower case, the stem finds one article about Benali, far fewer than the
  // correction: corrected as well.
  CHECK(run(searcher, "benala").searched_query == "benalla");
}

TEST_CASE("typing variants find what the canonical form finds") {
  Index index;
  search::Searcher searcher(index.path());
  const std::pair<const char*, const char*> rows[] = {
      {"milliards d euros", "milliards d'euros"},
      {"G-20", "G20"},
      {"G 20", "G20"},
      {"g20", "G-20"},
      {"COVID19", "COVID-19"},
      {"covid 19", "COVID-19"},
      {"St-Etienne", "Saint-Étienne"},
      {"aujourd hui", "aujourd'hui"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.first);
    CHECK(ids(run(searcher, row.first, false)) == ids(run(searcher, row.second, false)));
  }
  CHECK(ids(run(searcher, "G20")) == std::set<std::string>{"g20-hyphen", "g20-glued"});  // not the Classe G at 20 000
  CHECK(ids(run(searcher, "St-Etienne")) == std::set<std::string>{"saint-etienne"});
  CHECK(ids(run(searcher, "aujourd hui", false)) == std::set<std::string>{"today"});
}
