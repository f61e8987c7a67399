// Turns a search, as typed in `kiosque search` or the HTTP API, into a Xapian
// query. The syntax (words, "phrases", -exclusion, OR, parentheses, fields,
// prefix*) and its precedence are in query_syntax.h; this adds the meaning:
//
//   ukraine guerre      every word must match (BM25); stopwords ("la") are
//                       left out of an AND list that has other words, and
//                       searched when it has nothing else
//   "saint étienne"     a quoted phrase, or a word that analyses into several
//   saint-etienne       (hyphens, elisions), matches as a phrase
//   -guerre             excludes a word, phrase, group or field
//   a b OR c            (a AND b) OR c
//   négoci*             words of the index starting with "negoci" (accents
//                       folded): the kMaxPrefixExpansion most frequent
//   person:Putin        boolean filters (field_filter.h): they select articles
//   date:2023..2024     and do not change scores; a query of filters only
//                       matches every article that passes them
//
// Words go through the analysis chain the indexer used (analysis/analyzer.h),
// so a query word becomes the very terms its occurrences were indexed as: a
// word matches any of its stems in the index's languages, and an exact
// accented match ranks higher. Limits are in query_limits.h.
//
// Not thread-safe (it owns an Analyzer): one per thread.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "names/entity_resolver.h"
#include "query/query_error.h"
#include "query/query_syntax.h"

namespace kiosque {

class TextQuery {
 public:
  // `languages`: ISO codes whose stemmers apply to query words, usually the
  // languages present in the index (indexed_languages()). `entities` resolves
  // person:, place: and org: values and must outlive this TextQuery.
  TextQuery(std::vector<std::string> languages, const EntityResolver& entities);
  // Without an index: person:, place: and org: values resolve to their own
  // name key, without aliases (enough to build and inspect queries).
  explicit TextQuery(std::vector<std::string> languages);
  TextQuery(const TextQuery&) = delete;
  TextQuery& operator=(const TextQuery&) = delete;

  // Throws QueryError for a query that cannot be searched.
  Xapian::Query parse(const std::string& text);

 private:
  // A part of the query: what scores (words, phrases) and what only filters
  // (fields); either may be empty (Xapian::Query().empty()).
  struct Built {
    Xapian::Query scored, filter;
    bool stopword = false;  // a lone stopword, left out when it has company
    bool empty() const { return scored.empty() && filter.empty(); }
    // Both parts as one query; a filter alone weighs nothing.
    Xapian::Query combined() const;
  };

  Built build(const QueryNode& node);
  Built build_all(const QueryNode& all);
  Built build_any(const QueryNode& any);
  Built build_word(const QueryNode& word);
  Built build_prefix(const QueryNode& prefix);

  Xapian::Query word_query(const analysis::Word& word);
  Xapian::Query phrase_query(const std::vector<analysis::Word>& words);
  bool is_stopword(const analysis::Word& word) const;
  // Counts `terms` more index terms against kMaxQueryTerms.
  void use_terms(std::size_t terms);

  std::vector<std::string> languages_;
  std::vector<Xapian::Stem> stemmers_;
  analysis::Analyzer analyzer_;
  EntityResolver own_entities_;  // when given none
  const EntityResolver& entities_;

  // State of the parse() in progress.
  std::string_view query_;
  std::size_t terms_used_ = 0;
  std::vector<std::string> exact_boosts_;  // A terms of the query words
};

// The languages of the documents in `db` (from its language terms).
std::vector<std::string> indexed_languages(const Xapian::Database& db);

}  // namespace kiosque
