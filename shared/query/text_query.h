// Turns the free text of a search into a Xapian query, with the analysis chain
// the indexer used (analysis/analyzer.h), so a query word becomes the very
// terms its occurrences were indexed as.
//
//   ukraine            all words must match (stopwords are left out unless
//   "saint étienne"    the query has nothing else); a quoted phrase, or a
//   saint-etienne      word that analyses into several (hyphens, elisions),
//   -guerre            must match as a phrase; a leading '-' excludes.
//
// A word matches any of its stems in the index's languages (an article is
// stemmed in its own language); an exact accented match ranks higher.
//
// Not thread-safe (it owns an Analyzer): one per thread.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "query/query_error.h"

namespace kiosque {

class TextQuery {
 public:
  // `languages`: ISO codes whose stemmers apply to query words, usually the
  // languages present in the index (indexed_languages()).
  explicit TextQuery(std::vector<std::string> languages);

  // Throws QueryError for a query that cannot be searched.
  Xapian::Query parse(const std::string& text);

 private:
  struct Part {
    std::string text;
    bool phrase = false;    // quoted
    bool excluded = false;  // leading '-'
  };
  static std::vector<Part> split(const std::string& text);

  Xapian::Query word_query(const analysis::Word& word);
  Xapian::Query phrase_query(const std::vector<analysis::Word>& words);
  bool is_stopword(const analysis::Word& word) const;

  std::vector<std::string> languages_;
  std::vector<Xapian::Stem> stemmers_;
  analysis::Analyzer analyzer_;
};

// The languages of the documents in `db` (from its language terms).
std::vector<std::string> indexed_languages(const Xapian::Database& db);

}  // namespace kiosque
