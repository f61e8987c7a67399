#include "search/collapsed_search.h"

#include <algorithm>

#include "search/near_duplicates.h"

namespace kiosque::search {

CollapsedResults search_collapsed(Searcher& searcher, const SearchRequest& request) {
  const std::size_t wanted = request.offset + request.limit;
  // The page's end and one page more: copies of an article rank near it.
  std::size_t window = std::min(kMaxCollapseWindow, wanted + request.limit + 10);

  CollapsedResults out;
  std::vector<SearchHit> ranked;
  DuplicateGrouper grouper;
  bool first = true;
  while (true) {
    // After the first search, its correction and relaxation stand.
    SearchRequest part = first ? request : as_searched(request, out.results);
    part.offset = ranked.size();
    part.limit = window - ranked.size();
    part.facets = first && request.facets;
    part.suggest = first && request.suggest;
    part.shown_names = false;  // named below, those shown only
    part.documents = false;    // read below, those shown only
    SearchResults results = searcher.search(part);
    std::vector<SearchHit> hits = std::move(results.hits);
    results.hits.clear();
    if (first) out.results = std::move(results), first = false;
    for (SearchHit& hit : hits) {
      grouper.add(searcher.fingerprint(hit));
      ranked.push_back(std::move(hit));
    }
    // One group more than the page needs: the page's last group has seen
    // its duplicates among the ranks before the next group started.
    bool exhausted = ranked.size() >= out.results.total;
    if (grouper.groups() > wanted || exhausted || window >= kMaxCollapseWindow) break;
    window = std::min(kMaxCollapseWindow, window * 2);
  }

  const std::size_t groups = grouper.groups();
  for (std::size_t g = request.offset; g < std::min(wanted, groups); ++g) {
    const std::vector<std::size_t>& members = grouper.members(g);
    CollapsedHit collapsed{std::move(ranked[members.front()]), {}};
    searcher.read_document(collapsed.hit);
    if (request.shown_names) searcher.use_shown_names(collapsed.hit);
    for (std::size_t i = 1; i < members.size(); ++i) {
      SearchHit& copy = ranked[members[i]];
      searcher.read_document(copy);
      copy.text.clear();
      if (request.shown_names) searcher.use_shown_names(copy);
      collapsed.duplicates.push_back(std::move(copy));
    }
    out.hits.push_back(std::move(collapsed));
  }
  // Past the window, each article is its own group.
  if (wanted > groups && ranked.size() < out.results.total) {
    SearchRequest rest = as_searched(request, out.results);
    rest.offset = ranked.size() + (std::max(request.offset, groups) - groups);
    rest.limit = wanted - std::max(request.offset, groups);
    rest.facets = false;
    rest.suggest = false;
    for (SearchHit& hit : searcher.search(rest).hits) out.hits.push_back({std::move(hit), {}});
  }
  return out;
}

}  // namespace kiosque::search
