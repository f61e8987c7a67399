// Sorted by date, a search keeps a relevance floor: it lists only the
// matches that weigh at least kDateSortFloor of its best match's weight
// (BM25 and the news signals, search/news_signals.h), so
// that the newest article matching a query in passing (one word of the
// stem, once, in a story about something else) does not open the list.
// Sorted by relevance, weak matches sink on their own; there is no floor.
//
// The floor changes what is listed, not what matches: a search's total
// then counts the matches listed, and SearchResults::below_floor those left
// out; facets still count every match.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace kiosque::search {

inline constexpr double kDateSortFloor = 0.4;

// The least weight a match of `enquire`'s query needs to be listed by date:
// kDateSortFloor of the best match's; 0 when nothing matches. Leaves
// `enquire` sorted by relevance.
double date_sort_floor(Xapian::Enquire& enquire);

struct FlooredPage {
  Xapian::MSet mset;   // the page, in `enquire`'s order
  std::size_t listed;  // matches at or above the floor, exactly
};

// The page [offset, offset + limit) of the matches weighing at least
// `floor`, in `enquire`'s order. Every match is scored to count them, as a
// sort by date visits every match anyway.
FlooredPage floored_page(Xapian::Enquire& enquire, double floor, Xapian::doccount offset, Xapian::doccount limit,
                         Xapian::doccount doccount);

}  // namespace kiosque::search
