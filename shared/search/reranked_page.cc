#include "search/reranked_page.h"

#include <algorithm>

namespace kiosque::search {

namespace {

// The documents of a sorted docid list, weighing nothing: a filter.
class DocidSetSource : public Xapian::PostingSource {
 public:
  explicit DocidSetSource(std::vector<Xapian::docid> docids) : docids_(std::move(docids)) {}

  void init(const Xapian::Database&) override {
    at_ = docids_.end();
    started_ = false;
  }
  Xapian::doccount get_termfreq_min() const override { return static_cast<Xapian::doccount>(docids_.size()); }
  Xapian::doccount get_termfreq_est() const override { return get_termfreq_min(); }
  Xapian::doccount get_termfreq_max() const override { return get_termfreq_min(); }
  Xapian::docid get_docid() const override { return *at_; }
  bool at_end() const override { return at_ == docids_.end(); }
  void next(double) override {
    if (!started_) {
      started_ = true;
      at_ = docids_.begin();
    } else if (at_ != docids_.end()) {
      ++at_;
    }
  }
  void skip_to(Xapian::docid did, double) override {
    if (!started_) at_ = std::lower_bound(docids_.begin(), docids_.end(), did);
    else if (at_ != docids_.end() && *at_ < did) at_ = std::lower_bound(at_, docids_.cend(), did);
    started_ = true;
  }
  Xapian::PostingSource* clone() const override { return new DocidSetSource(docids_); }
  std::string get_description() const override { return "DocidSetSource(" + std::to_string(docids_.size()) + ")"; }

 private:
  std::vector<Xapian::docid> docids_;
  std::vector<Xapian::docid>::const_iterator at_;
  bool started_ = false;
};

}  // namespace

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
