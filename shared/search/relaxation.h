// Query relaxation: when all the words of a query together match few
// articles, a search stops requiring some of them, as users of Meilisearch
// (matchingStrategy), Typesense (drop_tokens_threshold) and Elasticsearch
// (minimum_should_match) expect. "Quelles mesures pour les soignants pendant
// l'épidémie" matches 2 articles with every word; without "quelles" and
// "pendant" it matches those on the topic.
//
// Every word is tried first. Below kRelaxBelow matches, the words that match
// nothing and the question and filler words (query/filler_words.h) stop
// being required together; then, while still below, one word at a time, the
// most frequent first and names typed capitalised last, until kRelaxBelow
// articles match or one word is left. Words no
// longer required still score (BM25: the rarer, the more), so the articles
// with most of the words, and the rarest ones, come first. Only plain words
// of the top-level list are dropped (query/text_query.h ParsedQuery):
// phrases, groups, prefixes, fields and exclusions always apply. Totals and
// facet counts are those of the relaxed query.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <vector>

#include "query/text_query.h"

namespace kiosque::search {

// Matches below which a query is relaxed: two pages of results. (10, one
// page, left too many questions with a few articles that have every word
// in passing: tests/eval/relevance.)
inline constexpr std::size_t kRelaxBelow = 20;

// The exact number of articles `query` matches, with the search's filters.
using MatchCounter = std::function<std::size_t(const Xapian::Query& query)>;

// The parts of `parsed` (indexes into parts()) not to require, in query
// order; empty when every word stays required. `matches`: how
// many articles the query with every word matches.
std::vector<std::size_t> relaxed_parts(const Xapian::Database& db, const query::ParsedQuery& parsed, std::size_t matches,
                                       const MatchCounter& count);

}  // namespace kiosque::search
