// Stem terms that repeat the word term are not written (analysis/analyzer.h),
// and a query for a stem finds the word term instead: the matches of every
// word must be those of an index that wrote all stem terms (schema 5).
#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "document_builder.h"
#include "query/text_query.h"
#include "schema.h"

using namespace kiosque;

namespace {

struct Doc {
  const char* id;
  const char* lang;
  const char* text;
};

// Words that stem to themselves ("port", "etat", "ete"), words that do not
// ("portes", "mangeaient"), accented and folded spellings, and languages
// whose stemmers disagree ("running": French keeps it, English stems "run").
const Doc kDocs[] = {
    {"port", "fr", "Le port de Marseille reste ouvert."},
    {"portes", "fr", "Les portes du musée ferment tôt."},
    {"porte", "fr", "Elle porte un projet de loi."},
    {"mange", "fr", "Ils mangeaient et mangent encore au port."},
    {"etat", "fr", "L'État décide, l'etat sans accent aussi. Un été chaud, l'ete."},
    {"running-fr", "fr", "Le running est à la mode, comme le jogging."},
    {"running-en", "en", "Running late, the ports were closed; they run."},
    {"hafen", "de", "Der Hafen und die Häfen der Stadt."},
    {"univers", "fr", "L'univers entier, universel et universelle."},
    {"universal", "en", "A universal truth about the universe."},
};

std::string id_of(const Xapian::Document& doc) {
  auto term = doc.termlist_begin();
  term.skip_to(std::string(schema::kIdPrefix));
  return (*term).substr(schema::kIdPrefix.size());
}

std::set<std::string> ids(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::set<std::string> out;
  Xapian::MSet mset = enquire.get_mset(0, 100);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(id_of(it.get_document()));
  return out;
}

Article article(const Doc& d) {
  Article a;
  a.id = d.id;
  a.language = d.lang;
  a.title_derived = true;
  a.blocks.push_back({BlockKind::kParagraph, d.text});
  return a;
}

}  // namespace

TEST_CASE("a word that stems to itself gets no stem term; its other forms keep theirs") {
  DocumentBuilder builder;
  Article port = article(kDocs[0]);
  Xapian::Document doc = builder.build(port, "/test");
  auto has = [&doc](const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
  };
  CHECK(has("port"));
  CHECK_FALSE(has("Zport"));
  // A word that does not stem to itself keeps its stem term.
  const std::string marseille_stem = Xapian::Stem("french")("marseille");
  REQUIRE(marseille_stem != "marseille");
  CHECK(has("marseille"));
  CHECK(has(schema::term(schema::kStemPrefix, marseille_stem)));
  Article portes = article(kDocs[1]);
  Xapian::Document other = builder.build(portes, "/test");
  auto it = other.termlist_begin();
  it.skip_to("Zport");
  CHECK((it != other.termlist_end() && *it == "Zport"));
}

TEST_CASE("every word finds the documents an index with all stem terms finds") {
  Xapian::WritableDatabase db = Xapian::InMemory::open();
  Xapian::WritableDatabase all_stems = Xapian::InMemory::open();
  DocumentBuilder builder;
  std::set<std::string> vocabulary;
  for (const Doc& d : kDocs) {
    Article a = article(d);
    std::string id_term = schema::term(schema::kIdPrefix, d.id);
    db.replace_document(id_term, builder.build(a, "/test"));
    // The reference: the same words with every stem term, as schema 5 wrote.
    analysis::Analyzer analyzer(d.lang);
    Xapian::Document full;
    full.add_boolean_term(id_term);
    for (const analysis::Word& w : analyzer.words(d.text)) {
      full.add_term(w.word);
      vocabulary.insert(w.word);
      for (const std::string& stem : analyzer.stems(w)) full.add_term(schema::term(schema::kStemPrefix, stem));
    }
    all_stems.add_document(full);
  }
  db.commit();
  all_stems.commit();

  std::vector<std::string> languages = query::indexed_languages(db);
  REQUIRE(languages.size() == 3);
  std::vector<Xapian::Stem> stemmers;
  for (const std::string& language : languages) stemmers.push_back(analysis::stemmer_for(language));
  // Typed queries too: "ports" (English and French stems), "universe".
  for (const char* extra : {"ports", "universe", "portent", "run", "etats", "été"}) vocabulary.insert(extra);

  query::TextQuery text_query(languages);
  std::size_t checked = 0;
  for (const std::string& word : vocabulary) {
    if (!std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c < 0; })) continue;
    CAPTURE(word);
    analysis::Analyzer query_analyzer("fr");
    std::vector<analysis::Word> words = query_analyzer.words(word);
    REQUIRE(words.size() == 1);
    std::vector<std::string> stems;
    for (const Xapian::Stem& stemmer : stemmers) analysis::folded_stems(stemmer, words[0], stems);
    std::vector<Xapian::Query> stem_terms;
    for (const std::string& stem : stems) stem_terms.emplace_back(schema::term(schema::kStemPrefix, stem));
    std::set<std::string> expected = ids(all_stems, Xapian::Query(Xapian::Query::OP_OR, stem_terms.begin(), stem_terms.end()));
    CHECK(ids(db, text_query.parse(word)) == expected);
    ++checked;
  }
  CHECK(checked > 40);
  // The case that needs the word term: a stem query finds both forms.
  CHECK(ids(db, text_query.parse("porte")) == std::set<std::string>{"port", "portes", "porte", "mange", "running-en"});
}
