#include "query/query_syntax.h"

#include <algorithm>

#include "query/query_error.h"
#include "query/query_limits.h"
#include "facets/facet.h"
#include "schema.h"

namespace kiosque::query {

namespace {

// Quotes that open a phrase, and what closes each ("“…"" happens when a
// phone corrects only the first quote).
struct QuotePair {
  std::string_view open;
  std::string_view close, other_close;
};
constexpr QuotePair kQuotes[] = {
    {"\"", "\"", "\""},
    {"\xE2\x80\x9C", "\xE2\x80\x9D", "\""},  // “ ”
    {"\xC2\xAB", "\xC2\xBB", "\xC2\xBB"},    // « »
};

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

class SyntaxParser {
 public:
  explicit SyntaxParser(std::string_view query) : q_(query) {}

  QueryNode parse() {
    if (q_.size() > kMaxQueryBytes)
      throw QueryError("query too long: " + std::to_string(q_.size()) + " bytes, at most " +
                       std::to_string(kMaxQueryBytes) + "; shorten it", 0, "query_too_long");
    QueryNode root = parse_any(0);
    skip_space();
    if (pos_ < q_.size())  // only a ')' stops parse_any at depth 0
      throw query_error_at(q_, pos_, "unexpected_close", "unexpected ')'", "remove it, or add the '(' it closes");
    return root;
  }

 private:
  // Byte length of the white space at `at` (ASCII, no-break spaces), or 0.
  std::size_t space_at(std::size_t at) const {
    if (at >= q_.size()) return 0;
    char c = q_[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    std::string_view rest = q_.substr(at);
    if (rest.substr(0, 2) == "\xC2\xA0") return 2;                                    // U+00A0
    if (rest.substr(0, 3) == "\xE2\x80\xAF" || rest.substr(0, 3) == "\xE2\x80\x89") return 3;  // U+202F, U+2009
    return 0;
  }
  void skip_space() {
    while (std::size_t n = space_at(pos_)) pos_ += n;
  }
  bool at_end() const { return pos_ >= q_.size(); }

  const QuotePair* quote_at(std::size_t at) const {
    for (const QuotePair& quote : kQuotes)
      if (q_.substr(at, quote.open.size()) == quote.open) return &quote;
    return nullptr;
  }
  // Ends a bare token: white space, a parenthesis or an opening quote.
  bool token_ends_at(std::size_t at) const {
    return at >= q_.size() || space_at(at) || q_[at] == '(' || q_[at] == ')' || quote_at(at);
  }
  bool at_or() const { return q_.substr(pos_, 2) == "OR" && token_ends_at(pos_ + 2); }

  QueryNode parse_any(int depth) {
    QueryNode any;
    any.kind = QueryNodeKind::kAny;
    any.start = pos_;
    std::size_t last_or = std::string_view::npos;
    while (true) {
      skip_space();
      QueryNode all = parse_all(depth);
      if (all.children.empty()) {
        if (at_or())
          throw query_error_at(q_, pos_, "or_without_left", "OR has nothing before it", "put a word or group on each side of OR");
        if (last_or != std::string_view::npos)
          throw query_error_at(q_, last_or, "or_without_right", "OR has nothing after it", "put a word or group on each side of OR");
        return all;  // empty: the whole query, or "()"
      }
      any.children.push_back(std::move(all));
      if (!at_or()) break;
      last_or = pos_;
      pos_ += 2;
    }
    if (any.children.size() == 1) return std::move(any.children.front());
    return any;
  }

  QueryNode parse_all(int depth) {
    QueryNode all;
    all.kind = QueryNodeKind::kAll;
    all.start = pos_;
    while (true) {
      skip_space();
      if (at_end() || q_[pos_] == ')' || at_or()) break;
      all.children.push_back(parse_item(depth));
    }
    return all;
  }

  QueryNode parse_item(int depth) {
    std::size_t start = pos_;
    // '-' right before a word, "phrase" or (group); alone, it is punctuation.
    bool excluded = q_[pos_] == '-' && pos_ + 1 < q_.size() && !space_at(pos_ + 1) && q_[pos_ + 1] != ')';
    if (excluded) ++pos_;
    QueryNode node;
    if (q_[pos_] == '(') {
      node = parse_group(depth);
    } else if (const QuotePair* quote = quote_at(pos_)) {
      node.kind = QueryNodeKind::kPhrase;
      read_quoted(*quote, node);
    } else {
      node = parse_token();
    }
    node.excluded = excluded;
    node.start = start;
    return node;
  }

  QueryNode parse_group(int depth) {
    std::size_t open = pos_;
    if (depth + 1 > kMaxNestingDepth)
      throw query_error_at(q_, open, "nested_too_deep", "parentheses nested too deep",
                           "use at most " + std::to_string(kMaxNestingDepth) + " levels");
    ++pos_;
    QueryNode inner = parse_any(depth + 1);
    skip_space();
    if (at_end()) throw query_error_at(q_, open, "unclosed_group", "unclosed '('", "add the ')' that closes it");
    if (inner.kind == QueryNodeKind::kAll && inner.children.empty())
      throw query_error_at(q_, open, "empty_group", "empty parentheses", "put words inside them, or remove them");
    ++pos_;  // ')'
    return inner;
  }

  // The text of a quoted phrase starting at pos_, into node.text.
  void read_quoted(const QuotePair& quote, QueryNode& node) {
    std::size_t open = pos_;
    std::size_t from = pos_ + quote.open.size();
    std::size_t close = std::min(q_.find(quote.close, from), q_.find(quote.other_close, from));
    if (close == std::string_view::npos)
      throw query_error_at(q_, open, "unbalanced_quote", "unbalanced quote",
                           "close the phrase with '" + std::string(quote.close) + "'", std::string(quote.close));
    node.text = std::string(q_.substr(from, close - from));
    node.text_start = from;
    pos_ = q_.substr(close, quote.close.size()) == quote.close ? close + quote.close.size()
                                                                : close + quote.other_close.size();
  }

  // A bare token: a field, a prefix or a word.
  QueryNode parse_token() {
    std::size_t from = pos_;
    while (!token_ends_at(pos_)) ++pos_;
    std::string_view token = q_.substr(from, pos_ - from);
    QueryNode node;
    node.text_start = from;
    std::size_t colon = token.find(':');
    if (colon != std::string_view::npos && colon > 0 &&
        std::all_of(token.begin(), token.begin() + colon, is_ascii_letter)) {
      std::string name = ascii_lower(token.substr(0, colon));
      std::string_view value = token.substr(colon + 1);
      bool known = std::find(query_fields().begin(), query_fields().end(), name) != query_fields().end();
      bool quoted_value = value.empty() && quote_at(pos_);
      if ((!value.empty() && value.front() != '/') || quoted_value) {
        if (!known)
          throw query_error_at(q_, from, "unknown_field", "unknown field '" + std::string(token.substr(0, colon)) + ":'",
                               "use person:, place:, org:, lang: or date:, or put a space after the ':'",
                               std::string(token.substr(0, colon)));
        node.kind = QueryNodeKind::kField;
        node.field = name;
        if (quoted_value) {
          read_quoted(*quote_at(pos_), node);
        } else {
          node.text = std::string(value);
          node.text_start = from + colon + 1;
        }
        if (node.text.find_first_not_of(" \t\r\n") == std::string::npos)
          throw query_error_at(q_, from, "empty_field", "empty value for '" + name + ":'", "write " + name + ":value", name);
        return node;
      }
      if (value.empty() && known && pos_ < q_.size() && q_[pos_] == '(')
        throw query_error_at(q_, from, "field_group", "a field takes one value, not a group",
                             "write (" + name + ":A OR " + name + ":B)", name);
      if (value.empty() && known)
        throw query_error_at(q_, from, "empty_field", "empty value for '" + name + ":'",
                             "write " + name + ":value with no space after the ':' (" + name +
                                 ":\"two words\" for several words)",
                             name);
    }
    if (token.size() > 1 && token.back() == '*') {
      std::size_t stars = token.size() - token.find_last_not_of('*') - 1;
      if (stars < token.size()) {
        node.kind = QueryNodeKind::kPrefix;
        node.text = std::string(token.substr(0, token.size() - stars));
        return node;
      }
    }
    if (token.find_first_not_of('*') == std::string_view::npos)
      throw query_error_at(q_, from, "star_without_word", "'*' without a word", "write the start of a word before it: négoci*");
    node.kind = QueryNodeKind::kWord;
    node.text = std::string(token);
    return node;
  }

  std::string_view q_;
  std::size_t pos_ = 0;
};

}  // namespace

const std::vector<std::string_view>& query_fields() {
  static const std::vector<std::string_view> kFields = [] {
    std::vector<std::string_view> fields;
    for (const facets::FacetInfo& row : facets::kFacetTable)
      if (!row.field.empty()) fields.push_back(row.field);
    fields.push_back(schema::kDateField);
    return fields;
  }();
  return kFields;
}

QueryNode parse_query_syntax(std::string_view query) { return SyntaxParser(query).parse(); }

}  // namespace kiosque::query
