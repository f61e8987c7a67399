// A page of results by relevance with the news signals (news_signals.h).
// Xapian ranks every match by the query alone (BM25); the signals, which
// read positions and value slots document by document, then reorder its
// best kRerankDepth only, so that they cost a few dozen documents' reads
// whatever the number of matches ("france": 16,000); a title or a name
// rarely lifts an article from further down BM25's list. The order is that
// one, for every page: the best kRerankDepth reordered, then the rest in
// BM25's order, so that pages never repeat or skip a result.
//
// Over shards, where a posting source sees each shard's own docids, every
// match gets the signals instead (slower, same idea).
#pragma once

#include <xapian.h>

#include <vector>

namespace kiosque::search {

inline constexpr Xapian::doccount kRerankDepth = 50;

// The results [offset, offset + limit) of `enquire` (its query: the one
// without signals; sorted by relevance), as one or two match sets in
// order: the reordered ones, then BM25's. Leaves `enquire`'s query as it
// was. `one_database`: docids are those of a single local database.
std::vector<Xapian::MSet> reranked_page(Xapian::Enquire& enquire, const Xapian::Query& signals,
                                        Xapian::doccount offset, Xapian::doccount limit, bool one_database);

// The results [offset, min(offset + limit, kRerankDepth)) of that order, when
// BM25's best kRerankDepth of one local database (`best`, any order) are
// known already: a partitioned match (partitioned_match.h) ranked them on
// several threads. Leaves `enquire`'s query as it was.
Xapian::MSet reordered_best(Xapian::Enquire& enquire, const Xapian::Query& signals, std::vector<Xapian::docid> best,
                            Xapian::doccount offset, Xapian::doccount limit);

}  // namespace kiosque::search
