// The articles closest to one article: those that share most of its
// distinctive words and named entities ("Articles proches" beside an
// article). Xapian's relevance feedback picks them: the article is the
// relevant set, its best expansion terms (words and person, place and
// organisation terms; TradEWeight favours what is frequent in it and rare in
// the index) become an OR query, ranked by BM25.
//
// Not the article's other versions: near-duplicates (near_duplicates.h) are
// left out, as the results list already shows them as one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "search/searcher.h"

namespace kiosque::search {

// Expansion terms asked of the article: enough to describe a story.
inline constexpr unsigned kSimilarTerms = 30;

// Up to `limit` articles like the one with `id`, best first, that pass the
// request's filters (its query words are ignored); nullopt when no article
// has this id. Throws QueryError for a bad date filter.
std::optional<std::vector<SearchHit>> similar_articles(Searcher& searcher, const std::string& id,
                                                       const SearchRequest& filters, std::size_t limit);

}  // namespace kiosque::search
