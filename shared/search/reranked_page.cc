#include "search/reranked_page.h"

#include <algorithm>

#include "search/docid_set_source.h"

namespace kiosque::search {

std::vector<Xapian::MSet> reranked_page(Xapian::Enquire& enquire, const Xapian::Query& signals,
                                        Xapian::doccount offset, Xapian::doccount limit, bool one_database) {
  if (signals.empty()) return {enquire.get_mset(offset, limit)};
  const Xapian::Query query = enquire.get_query();
  std::vector<Xapian::MSet> out;
  if (!one_database) {
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, signals));
    out.push_back(enquire.get_mset(offset, limit));
    enquire.set_query(query);
    return out;
  }
  if (offset < kRerankDepth) {
    Xapian::MSet best = enquire.get_mset(0, kRerankDepth);
    std::vector<Xapian::docid> docids;
    for (auto it = best.begin(); it != best.end(); ++it) docids.push_back(*it);
    out.push_back(reordered_best(enquire, signals, std::move(docids), offset, limit));
  }
  if (offset + limit > kRerankDepth) {
    const Xapian::doccount first = std::max(offset, kRerankDepth);
    out.push_back(enquire.get_mset(first, offset + limit - first));
  }
  return out;
}

Xapian::MSet reordered_best(Xapian::Enquire& enquire, const Xapian::Query& signals, std::vector<Xapian::docid> best,
                            Xapian::doccount offset, Xapian::doccount limit) {
  const Xapian::Query query = enquire.get_query();
  std::sort(best.begin(), best.end());
  Xapian::Query candidates((new DocidSetSource(std::move(best)))->release());
  // The candidates filter the query, and the signals are asked about
  // each candidate only (OP_AND_MAYBE checks its right side doc by doc).
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE,
                                  Xapian::Query(Xapian::Query::OP_FILTER, query, candidates), signals));
  Xapian::MSet out = enquire.get_mset(offset, offset < kRerankDepth ? std::min(limit, kRerankDepth - offset) : 0);
  enquire.set_query(query);
  return out;
}

}  // namespace kiosque::search
