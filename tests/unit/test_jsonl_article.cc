// JSON Lines articles: fields, defaults and bad lines.
#include <doctest/doctest.h>

#include "archive/jsonl_article.h"

using namespace kiosque;

TEST_CASE("a complete JSON line") {
  std::vector<archive::Diagnostic> warnings;
  Article a = parse_jsonl_article(
      R"({"id": "dep-1", "title": "Titre", "date": "2022-03-14", "lang": "FR", "url": "https://example.org/1",)"
      R"( "source": "Test", "text": "Premier.\n\nSecond."})",
      "d.jsonl", 7, warnings);
  CHECK(a.id == "dep-1");
  CHECK(a.title == "Titre");
  CHECK_FALSE(a.title_derived);
  CHECK(a.date->iso() == "2022-03-14");
  CHECK(a.language == "fr");
  CHECK(a.url == "https://example.org/1");
  CHECK(a.source == "Test");
  CHECK(a.blocks.size() == 2);
  CHECK(warnings.empty());
  CHECK(a.content_hash.size() == 16);
}

TEST_CASE("the publication is shown rather than the dataset's name") {
  std::vector<archive::Diagnostic> warnings;
  Article a = parse_jsonl_article(
      R"({"id": "o-1", "source": "Tixierae/OrangeSum", "publication": "Orange Actu", "text": "T."})", "d.jsonl", 1,
      warnings);
  CHECK(a.source == "Orange Actu");
  Article b = parse_jsonl_article(R"({"id": "o-2", "source": "Le Monde", "publication": "", "text": "T."})",
                                  "d.jsonl", 1, warnings);
  CHECK(b.source == "Le Monde");
}

TEST_CASE("optional fields and derived values") {
  std::vector<archive::Diagnostic> warnings;
  Article a = parse_jsonl_article(R"({"id": 42, "text": "Une phrase. Une autre."})", "d.jsonl", 1, warnings);
  CHECK(a.id == "42");
  CHECK(a.title == "Une phrase.");
  CHECK(a.title_derived);
  CHECK_FALSE(a.date);
  CHECK(a.language.empty());
  Article b = parse_jsonl_article(R"({"id": "x", "text": "T.", "date": "2023-09-14T10:00:00Z"})", "d.jsonl", 1,
                                  warnings);
  CHECK(b.date->iso() == "2023-09-14");
}

TEST_CASE("recoverable problems are warnings") {
  struct Row {
    const char* line;
    const char* message_part;
  };
  const Row rows[] = {
      {R"({"id": "x", "text": "T.", "date": "14/09/2023"})", "malformed date '14/09/2023'"},
      {R"({"id": "x", "text": "T.", "lang": "français"})", "unknown language code"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    std::vector<archive::Diagnostic> warnings;
    Article a = parse_jsonl_article(row.line, "d.jsonl", 5, warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].line == 5);
    CHECK(warnings[0].message.find(row.message_part) != std::string::npos);
    CHECK(a.id == "x");
  }
}

TEST_CASE("lines that cannot be indexed throw with file and line") {
  struct Row {
    const char* line;
    const char* message_part;
  };
  const Row rows[] = {
      {R"({"id": "x", "text": "T.")", "malformed JSON"},
      {R"(["id", "text"])", "expected a JSON object"},
      {R"({"text": "T."})", "missing 'id'"},
      {R"({"id": "", "text": "T."})", "empty 'id'"},
      {R"({"id": {"a": 1}, "text": "T."})", "'id' must be"},
      {R"({"id": "x"})", "missing or empty 'text'"},
      {R"({"id": "x", "text": "   "})", "missing or empty 'text'"},
      {R"({"id": "x", "text": 12})", "'text' must be a string"},
      {"{\"id\": \"x\", \"text\": \"\xC3\x28\"}", "invalid UTF-8"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    std::vector<archive::Diagnostic> warnings;
    try {
      parse_jsonl_article(row.line, "d.jsonl", 9, warnings);
      FAIL("expected InputError");
    } catch (const archive::InputError& e) {
      CHECK(e.diagnostic().file == "d.jsonl");
      CHECK(e.diagnostic().line == 9);
      CHECK(std::string(e.what()).find(row.message_part) != std::string::npos);
    }
  }
}
