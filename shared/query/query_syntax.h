// The syntax of a search, parsed into a tree before any analysis: one parser
// for `kiosque search` and the HTTP server. text_query.h turns the tree into a
// Xapian query; spelling.h reads its words.
//
//   query   := any
//   any     := all ("OR" all)*            OR: upper case, between two items
//   all     := item+                      every item must match
//   item    := ["-"] primary              '-' right before an item excludes it
//   primary := "(" any ")" | "phrase" | field ":" value | word"*" | word
//   value   := "quoted text" | text up to a space or parenthesis
//
// Precedence follows Xapian's QueryParser with default_op AND: the implicit
// AND between items binds tighter than OR, so `a b OR c` is `(a AND b) OR c`
// and `a -b OR c` is `(a AND NOT b) OR c`; use parentheses for `a (b OR c)`.
//
// Fields: person: place: org: lang: date: (schema.h), case-insensitive. A
// colon is a field only after ASCII letters and before a value that does not
// start with '/': `20:30`, `http://x.fr` and `Attention: danger` are text,
// while `titre:guerre` is an error (unknown field) rather than a silent
// search for two words. Phrases may be quoted with "…", “…” or «…».
//
// Lower-case "or" is a word. A lone '-' ("Paris - Berlin") is punctuation.
// A '*' ends a prefix only at the end of a bare word; inside quotes it is
// punctuation.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiosque::query {

enum class QueryNodeKind {
  kAll,     // children: all must match (the implicit AND)
  kAny,     // children: any may match (OR)
  kWord,    // text: one bare word as typed (it may analyse into several)
  kPhrase,  // text: the quoted text, without quotes
  kPrefix,  // text: the word before '*'
  kField,   // field: lower-case name (schema.h k*Field); text: the value
};

struct QueryNode {
  QueryNodeKind kind = QueryNodeKind::kAll;
  std::string text;
  std::string field;
  bool excluded = false;       // written with a leading '-'
  std::size_t start = 0;       // byte offset of the item in the query ('-' included)
  std::size_t text_start = 0;  // byte offset of `text` in the query
  std::vector<QueryNode> children;
};

// The tree of `query`; an empty query gives an empty kAll. Throws QueryError
// (with the character position) for unbalanced quotes or parentheses, empty
// parentheses, a misplaced OR, an unknown field or a field without a value, a
// query longer than kMaxQueryBytes or nested deeper than kMaxNestingDepth.
QueryNode parse_query_syntax(std::string_view query);

// The query fields, as written before the ':' ("person", "place"...).
const std::vector<std::string_view>& query_fields();

}  // namespace kiosque::query
