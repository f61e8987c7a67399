// The query language (query/query_syntax.h, query/text_query.h) against a
// small index (test_query_fixture.h): each row is a query and exactly the
// articles it finds, or the error it gives and where.
#include <doctest/doctest.h>

#include <string>

#include "query/query_limits.h"
#include "test_query_fixture.h"

using namespace kiosque;
using kiosque::test::Ids;

namespace {

const Ids kUkraine = {"talks", "war", "krieg"};
// Every article with the word "la".
const Ids kLa = {"evening", "link", "onu", "plain", "queen", "reverse", "undated", "unions", "war"};

std::string joined(const Ids& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

Ids with(Ids ids, const Ids& more) {
  ids.insert(more.begin(), more.end());
  return ids;
}

}  // namespace

TEST_CASE("each query finds exactly its articles") {
  test::QueryIndex index;
  struct Row {
    const char* query;
    Ids expected;
  };
  const Row rows[] = {
      // Words: all must match.
      {"ukraine", kUkraine},
      {"ukraine guerre", {"war"}},
      // OR binds looser than the implicit AND: (guerre AND ukraine) OR israël.
      {"guerre ukraine OR israël", {"war", "israel"}},
      {"ukraine OR israël guerre", kUkraine},
      {"guerre (ukraine OR israël)", {"war"}},
      {"l'ukraine OR d’israël", with(kUkraine, {"israel"})},
      // Lower-case "or" is a word (an English stopword, left out here).
      {"ukraine or", kUkraine},
      // Nested groups with OR and exclusion.
      {"((ukraine OR israël) -(guerre OR conflit))", {"talks", "krieg"}},
      {"(ukraine OR (israël OR onu)) -(guerre OR (conflit -nord))", {"talks", "krieg", "israel", "onu"}},
      {"-(guerre OR krieg) ukraine", {"talks"}},
      // Phrases keep their stopwords and their order.
      {"\"mort de la reine\"", {"queen"}},
      {"mort reine", {"queen", "reverse"}},
      {"\"la mort\" -\"la reine de\"", {"queen"}},
      {"« guerre en Ukraine »", {"war"}},
      {"“guerre en ukraine”", {"war"}},
      // Stopwords: left out of an AND list with other words, searched alone,
      // and each OR branch is its own list.
      {"la", kLa},
      {"la sommet", {"june"}},
      {"la OR sommet", with(kLa, {"june"})},
      // Prefixes: folded word terms, accent-insensitive.
      {"négoci*", {"talks", "unions", "plain"}},
      {"NEGOCI*", {"talks", "unions", "plain"}},
      {"(négoci* OR guerre) -syndicats", {"talks", "plain", "war", "undated"}},
      // Entity fields, any spelling, also inside groups and excluded.
      {"person:Putin", {"talks", "summit"}},
      {"person:\"Vladimir Poutine\"", {"talks", "summit"}},
      {"person:Путин", {"talks", "summit"}},
      {"PERSON:poutine", {"talks", "summit"}},
      {"(person:Poutine)", {"talks", "summit"}},
      {"ukraine -person:Poutine", {"war", "krieg"}},
      {"-person:Poutine ukraine", {"war", "krieg"}},
      {"person:Poutine -ukraine", {"summit"}},
      {"guerre (person:\"Volodymyr Zelensky\" OR person:Poutine)", {"war"}},
      {"(ukraine person:Poutine) OR onu", {"talks", "onu"}},
      {"ukraine OR person:\"Kim Jong-un\"", with(kUkraine, {"summit"})},
      {"place:Ukraine -guerre", {"talks", "krieg"}},
      {"org:onu", {"onu"}},
      // Only filters: every article that passes them.
      {"person:Poutine date:2023", {"talks", "summit"}},
      {"person:Poutine -lang:en", {"talks"}},
      {"(person:Poutine OR place:Israël) date:2023", {"talks", "summit", "israel"}},
      // Languages.
      {"lang:de", {"krieg"}},
      {"ukraine -lang:fr", {"krieg"}},
      {"ukraine (lang:de OR lang:en)", {"krieg"}},
      // Dates: inclusive bounds; a month-only date is inside its month; undated never matches.
      {"date:2023-01..2023-06", {"war", "talks", "evening", "link", "june", "unions"}},
      {"date:2023-06-30..2023-07-01", {"unions", "plain"}},
      {"date:2023-06", {"june", "unions"}},
      {"date:2023-09-14", {"summit"}},
      {"date:..2022", {"krieg", "queen", "reverse"}},
      {"date:2024..", {"onu"}},
      {"guerre -date:2023", {"undated"}},
      // A colon in text is not a field.
      {"20:30", {"evening"}},
      {"http://lemonde.fr", {"link"}},
      {"Attention: guerre", {}},
      // A lone '-' is punctuation.
      {"guerre - ukraine", {"war"}},
  };
  for (const Row& row : rows) {
    std::string query = row.query;
    CAPTURE(query);
    CHECK(joined(index.ids(row.query)) == joined(row.expected));
  }
}

TEST_CASE("a query that cannot be searched says what to fix and where") {
  test::QueryIndex index;
  std::string deep = std::string(query::kMaxNestingDepth + 1, '(') + "a" + std::string(query::kMaxNestingDepth + 1, ')');
  std::string prefixes;
  for (std::size_t i = 0; i <= query::kMaxQueryTerms / query::kMaxPrefixExpansion; ++i) prefixes += "abc* ";
  struct Row {
    std::string query;
    const char* message_part;
    std::size_t position;  // 1-based character; 0: the whole query
  };
  const Row rows[] = {
      {"\"saint etienne", "unbalanced quote", 1},
      {"élysée \"guerre", "unbalanced quote at character 8", 8},  // characters, not bytes
      {"guerre «ukraine", "close the phrase with '»'", 8},
      {"ukraine (guerre", "unclosed '('", 9},
      {"ukraine)", "unexpected ')'", 8},
      {"()", "empty parentheses", 1},
      {"OR ukraine", "OR has nothing before it", 1},
      {"ukraine OR", "OR has nothing after it", 9},
      {"ukraine OR OR guerre", "OR has nothing before it", 12},
      {"(ukraine OR)", "OR has nothing after it", 10},
      {"foo:bar", "unknown field 'foo:'", 1},
      {"guerre titre:paix", "use person:, place:, org:, lang: or date:", 8},
      {"guerre person:", "empty value for 'person:'", 8},
      {"person: Poutine", "empty value for 'person:'", 1},
      {"person:\"\"", "empty value", 1},
      {"person:(Poutine OR Kim)", "one value, not a group", 1},
      {"lang:french", "bad language 'french'", 6},
      {"date:2023-13", "bad date '2023-13'", 6},
      {"date:2023-02-30", "bad date", 6},
      {"date:2023..june", "bad date 'june'", 12},
      {"date:..", "date range without dates", 6},
      {"date:2023-06..2023-01", "empty date range: 2023-06 is after 2023-01", 6},
      {"-ukraine", "no words to search", 1},
      {"guerre OR -ukraine", "no words to search", 11},
      {"!!! ???", "no words to search", 0},
      {"", "no words to search", 0},
      {"é*", "prefix 'é*' is too short", 1},
      {"*", "'*' without a word", 1},
      {deep, "nested too deep", query::kMaxNestingDepth + 1},
      {std::string(query::kMaxQueryBytes + 1, 'a'), "query too long", 0},
      {prefixes, "query too large", 0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    try {
      index.ids(row.query);
      FAIL("expected QueryError");
    } catch (const query::QueryError& e) {
      CHECK(std::string(e.what()).find(row.message_part) != std::string::npos);
      CHECK(e.position() == row.position);
      std::string at = "at character " + std::to_string(row.position);
      if (row.position) CHECK(std::string(e.what()).find(at) != std::string::npos);
    }
  }
}

TEST_CASE("the limits leave room for ordinary queries") {
  test::QueryIndex index;
  std::string deepest = std::string(query::kMaxNestingDepth, '(') + "ukraine" + std::string(query::kMaxNestingDepth, ')');
  CHECK(joined(index.ids(deepest)) == joined(kUkraine));
  std::string longest = "ukraine" + std::string(query::kMaxQueryBytes - 7, ' ');
  CHECK(joined(index.ids(longest)) == joined(kUkraine));
}
