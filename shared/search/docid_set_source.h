// A sorted list of docids as a query: the documents a step of the search
// already chose (reranked_page.h, newest_first.h), weighing nothing, for
// Xapian's matcher to check the rest of a query on them alone.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kiosque::search {

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


}  // namespace kiosque::search
