// Ranked search with near-duplicates collapsed (near_duplicates.h): what a
// results page shows. The request's offset and limit count groups, not
// articles; each group is shown by its best-ranked article, with its
// duplicates. `total` and facet counts stay exact counts of articles.
//
// Groups are formed over the first ranks only (a window from the first rank
// to a page past the page's end, doubled until it holds enough groups, up to
// kMaxCollapseWindow): a duplicate ranked far below its leader, or a page
// beyond the window, is shown uncollapsed. The window's fingerprints come
// from the index (Searcher::fingerprint); only the articles shown are read.
#pragma once

#include <string>
#include <vector>

#include "search/searcher.h"

namespace kiosque::search {

// Most articles ranked to form groups (each one's fingerprint read; in an
// index from before the fingerprint slot, its text read and fingerprinted).
inline constexpr std::size_t kMaxCollapseWindow = 1000;

struct CollapsedHit {
  SearchHit hit;  // the group's best-ranked article
  std::vector<SearchHit> duplicates;  // the others, in rank order (without their text)
};

struct CollapsedResults {
  SearchResults results;  // total, facets, text_query; its hits are moved into `hits`
  std::vector<CollapsedHit> hits;
};

// Throws what Searcher::search throws.
CollapsedResults search_collapsed(Searcher& searcher, const SearchRequest& request);

}  // namespace kiosque::search
