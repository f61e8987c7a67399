// Limits of the query language (query_syntax.h, text_query.h): a query past
// one of them is refused with a QueryError saying which, never run. They keep
// one request from costing the server much more than an ordinary search.
#pragma once

#include <cstddef>

namespace kiosque::query {

// Bytes of query text (UTF-8): a long paste is a mistake, not a search.
inline constexpr std::size_t kMaxQueryBytes = 1000;
// Levels of nested parentheses: "(a (b (c)))" is 3.
inline constexpr int kMaxNestingDepth = 20;
// Index terms a query may use: each word's stems, phrase words, filters, and
// each prefix* counted as kMaxPrefixExpansion.
inline constexpr std::size_t kMaxQueryTerms = 1000;
// Words a prefix* expands to: the most frequent ones in the index.
inline constexpr unsigned kMaxPrefixExpansion = 100;
// Characters a prefix needs before its '*' (after folding): "e*" would
// stand for a slice of the vocabulary, not a word.
inline constexpr std::size_t kMinPrefixCharacters = 2;

}  // namespace kiosque::query
