// The query syntax tree (query/query_syntax.h): each row is a query and its
// tree, written AND(...) / OR(...), -excluded, "phrase", prefix*, field:value.
// Precedence as in Xapian's QueryParser: the implicit AND binds tighter than OR.
#include <doctest/doctest.h>

#include <string>

#include "query/query_error.h"
#include "query/query_syntax.h"

using namespace kiosque;

namespace {

std::string render(const query::QueryNode& node) {
  std::string out = node.excluded ? "-" : "";
  switch (node.kind) {
    case query::QueryNodeKind::kAll:
    case query::QueryNodeKind::kAny: {
      if (node.kind == query::QueryNodeKind::kAll && node.children.size() == 1 && !node.excluded)
        return render(node.children.front());
      out += node.kind == query::QueryNodeKind::kAll ? "AND(" : "OR(";
      for (std::size_t i = 0; i < node.children.size(); ++i) out += (i ? " " : "") + render(node.children[i]);
      return out + ")";
    }
    case query::QueryNodeKind::kWord:
      return out + node.text;
    case query::QueryNodeKind::kPhrase:
      return out + "\"" + node.text + "\"";
    case query::QueryNodeKind::kPrefix:
      return out + node.text + "*";
    case query::QueryNodeKind::kField:
      return out + node.field + ":" + node.text;
  }
  return out;
}

}  // namespace

TEST_CASE("queries parse into trees with the documented precedence") {
  struct Row {
    const char* query;
    const char* tree;
  };
  const Row rows[] = {
      {"ukraine", "ukraine"},
      {"a b OR c", "OR(AND(a b) c)"},
      {"a OR b c", "OR(a AND(b c))"},
      {"a b OR c d", "OR(AND(a b) AND(c d))"},
      {"a -b OR c", "OR(AND(a -b) c)"},
      {"a (b OR c)", "AND(a OR(b c))"},
      {"-(a OR b) c", "AND(-OR(a b) c)"},
      {"((a OR (b -c)) d)", "AND(OR(a AND(b -c)) d)"},
      {"a OR(b)", "OR(a b)"},
      {"a OR\"b c\"", "OR(a \"b c\")"},
      {"a  OR \t b", "OR(a b)"},
      {"a\xC2\xA0OR\xC2\xA0" "b", "OR(a b)"},  // no-break spaces
      // "or" and words starting with OR are words.
      {"guerre or paix", "AND(guerre or paix)"},
      {"ORTF ORdre", "AND(ORTF ORdre)"},
      // Phrases, with any quotes.
      {"\"mort de la reine\"", "\"mort de la reine\""},
      {"-\"la guerre\" paix", "AND(-\"la guerre\" paix)"},
      {"« guerre »", "\" guerre \""},
      {"“guerre en ukraine”", "\"guerre en ukraine\""},
      {"“guerre\"", "\"guerre\""},
      // Fields.
      {"person:\"Vladimir Poutine\" date:2023..", "AND(person:Vladimir Poutine date:2023..)"},
      {"PERSON:Poutine", "person:Poutine"},
      {"-person:Poutine ukraine", "AND(-person:Poutine ukraine)"},
      {"(lang:fr OR lang:de) date:..2023-06", "AND(OR(lang:fr lang:de) date:..2023-06)"},
      {"(person:Poutine)", "person:Poutine"},
      // Colons that are not fields.
      {"20:30", "20:30"},
      {"http://lemonde.fr", "http://lemonde.fr"},
      {"Attention: guerre", "AND(Attention: guerre)"},
      // Prefixes, exclusions, dashes.
      {"négoci*", "négoci*"},
      {"négoci** -ukr*", "AND(négoci* -ukr*)"},
      {"\"négoci*\"", "\"négoci*\""},
      {"Paris - Berlin", "AND(Paris - Berlin)"},
      {"saint-etienne", "saint-etienne"},
      {"l'ukraine OR d’israël", "OR(l'ukraine d’israël)"},
      {"", "AND()"},
  };
  for (const Row& row : rows) {
    std::string query = row.query;
    CAPTURE(query);
    CHECK(render(query::parse_query_syntax(row.query)) == row.tree);
  }
}

TEST_CASE("text positions point into the query") {
  query::QueryNode root = query::parse_query_syntax("-person:\"Vladimir Poutine\" l'ukraine");
  REQUIRE(root.children.size() == 2);
  CHECK(root.children[0].start == 0);
  CHECK(root.children[0].text_start == 9);
  CHECK(root.children[1].start == 27);
  CHECK(root.children[1].text_start == 27);
}

TEST_CASE("syntax errors name the character") {
  struct Row {
    const char* query;
    const char* message_part;
    std::size_t position;
  };
  const Row rows[] = {
      {"ORTF OR", "OR has nothing after it", 6},
      {"a (b (c)", "unclosed '('", 3},
      {"a ) b", "unexpected ')'", 3},
      {"( )", "empty parentheses", 1},
      {"-()", "empty parentheses", 2},
      {"a OR OR b", "OR has nothing before it", 6},
      {"«guerre", "unbalanced quote", 1},
      {"x:y", "unknown field 'x:'", 1},
      {"date:", "empty value for 'date:'", 1},
      {"**", "'*' without a word", 1},
  };
  for (const Row& row : rows) {
    std::string query = row.query;
    CAPTURE(query);
    try {
      query::parse_query_syntax(row.query);
      FAIL("expected QueryError");
    } catch (const query::QueryError& e) {
      CHECK(std::string(e.what()).find(row.message_part) != std::string::npos);
      CHECK(e.position() == row.position);
    }
  }
}
