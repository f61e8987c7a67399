// Spelling suggestions (search/spelling.h) from the vocabulary of a small
// index: each row is a query and the corrected query, or none.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "search/spelling.h"
#include "test_query_fixture.h"

using namespace kiosque;

TEST_CASE("misspelled words are corrected from the index's own words") {
  test::QueryIndex index;
  search::SpellingSuggester spelling(index.db());
  struct Row {
    const char* query;
    const char* suggestion;  // nullptr: none
  };
  const Row rows[] = {
      {"poutin", "poutine"},
      {"ukrain", "ukraine"},
      {"Ukrain guerre", "Ukraine guerre"},  // the capital is kept
      {"l'ukrain", "l'ukraine"},             // the elision is kept
      {"négociatons", "négociations"},       // two edits for long words; accents as the index writes them
      {"negociatons", "négociations"},       // accent-insensitive
      {"guerre -ukrain", "guerre -ukraine"},
      {"\"guere en ukraine\"", "\"guerre en ukraine\""},
      {"(ukrain OR israël) poutin", "(ukraine OR israël) poutine"},
      {"syndicast", "syndicats"},  // a transposition is one edit
      // Nothing to correct.
      {"ukraine", nullptr},
      {"Ukraine guerre", nullptr},
      {"person:poutin", nullptr},  // field values are names, resolved by aliases
      {"ukrai*", nullptr},         // prefixes are meant to be partial
      {"xyzzyq", nullptr},         // nothing close
      {"la", nullptr},             // stopwords and short words
      {"kiv", nullptr},
      // Another form of a word the stems already find is not a correction.
      {"syndicat", nullptr},  // "syndicats" is in the index
      {"negocie", nullptr},   // "négocier"
      {"2023", nullptr},
      {"\"ukrain", nullptr},  // a query that does not parse
  };
  for (const Row& row : rows) {
    std::string query = row.query;
    CAPTURE(query);
    std::optional<std::string> suggestion = spelling.suggest(row.query);
    if (row.suggestion) {
      REQUIRE(suggestion.has_value());
      CHECK(*suggestion == row.suggestion);
    } else {
      CHECK_FALSE(suggestion.has_value());
    }
  }
}

TEST_CASE("a word the index has is corrected only when a close word is far more frequent") {
  Xapian::WritableDatabase db = Xapian::InMemory::open();
  auto add = [&](const char* word, int times) {
    for (int i = 0; i < times; ++i) {
      Xapian::Document doc;
      doc.add_posting(word, 1);
      db.add_document(doc);
    }
  };
  add("ukraine", 40);
  add("ukrane", 1);    // a typo in one article
  add("kharkiv", 3);
  add("kharkov", 1);   // a real spelling, not rare enough next to 3
  db.commit();
  search::SpellingSuggester spelling(db);
  CHECK(spelling.correct_word("ukrane") == std::optional<std::string>("ukraine"));
  CHECK_FALSE(spelling.correct_word("kharkov").has_value());
  CHECK_FALSE(spelling.correct_word("ukraine").has_value());
  CHECK(spelling.correct_word("ukraime") == std::optional<std::string>("ukraine"));
}
