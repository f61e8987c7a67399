#include "facets/facet_counter.h"

#include <algorithm>

namespace kiosque::facets {

FacetCounter::FacetCounter(std::shared_ptr<const FacetTable> table)
    : table_(std::move(table)), counts_(table_->size(), 0) {}

FacetCounter::FacetCounter(std::shared_ptr<const FacetTable> table, const std::vector<Facet>& only)
    : FacetCounter(std::move(table)) {
  only_ = only;
  for (Facet facet : only) ranges_.push_back(table_->range(facet));
  // Neighbouring facets (year, month, day) make one range: one test per value.
  std::sort(ranges_.begin(), ranges_.end());
  std::vector<std::pair<FacetTable::Id, FacetTable::Id>> merged;
  for (auto range : ranges_)
    if (!merged.empty() && merged.back().second == range.first)
      merged.back().second = range.second;
    else
      merged.push_back(range);
  ranges_ = std::move(merged);
}

std::unique_ptr<FacetCounter> FacetCounter::empty_copy() const {
  auto out = std::make_unique<FacetCounter>(table_);
  out->only_ = only_;
  out->ranges_ = ranges_;
  return out;
}

void FacetCounter::count(Xapian::docid docid) {
  ++documents_;
  auto [id, end] = table_->values_of(docid);
  if (ranges_.empty()) {
    for (; id != end; ++id) ++counts_[*id];
    return;
  }
  for (; id != end; ++id)
    if (counted(*id)) ++counts_[*id];
}

void FacetCounter::count_all() {
  counts_.assign(counts_.size(), 0);
  documents_ = 0;
  add_all();
}

void FacetCounter::add_all() {
  const std::vector<std::uint32_t>& all = table_->all_counts();
  for (std::size_t id = 0; id < counts_.size(); ++id)
    if (counted(static_cast<FacetTable::Id>(id))) counts_[id] += all[id];
  documents_ += table_->documents();
}

void FacetCounter::uncount(Xapian::docid docid) {
  auto [id, end] = table_->values_of(docid);
  if (id == end) return;
  --documents_;
  for (; id != end; ++id)
    if (counted(*id)) --counts_[*id];
}

void FacetCounter::merge(const FacetCounter& part) {
  for (std::size_t id = 0; id < counts_.size(); ++id) counts_[id] += part.counts_[id];
  documents_ += part.documents_;
}

FacetValue FacetCounter::value(Facet facet, std::string_view key) const {
  auto [first, last] = table_->range(facet);
  for (FacetTable::Id id = first; id < last; ++id)
    if (counts_[id] && table_->entry(id).key == key) return {table_->entry(id).name, std::string(key), counts_[id]};
  return {{}, std::string(key), 0};
}

std::vector<FacetValue> FacetCounter::values(Facet facet, std::size_t limit) const {
  auto [first, last] = table_->range(facet);
  if (first == last || !counted(first)) return {};  // a facet this counter leaves out
  std::vector<FacetTable::Id> ids;
  // Most of a facet's values have no match: eight counts are tested at once.
  FacetTable::Id id = first;
  for (; last - id >= 8; id += 8) {
    std::uint32_t any = 0;
    for (FacetTable::Id k = 0; k < 8; ++k) any |= counts_[id + k];
    if (any)
      for (FacetTable::Id k = 0; k < 8; ++k)
        if (counts_[id + k]) ids.push_back(id + k);
  }
  for (; id < last; ++id)
    if (counts_[id]) ids.push_back(id);

  // Ids are in name order within a facet, dates in chronological order
  // (facet_table.h): the ordering compares numbers only.
  std::size_t shown = limit && limit < ids.size() ? limit : ids.size();
  if (!is_date_facet(facet)) {
    auto by_count = [&](FacetTable::Id a, FacetTable::Id b) {
      return counts_[a] != counts_[b] ? counts_[a] > counts_[b] : a < b;
    };
    if (shown == ids.size())
      std::sort(ids.begin(), ids.end(), by_count);
    else
      std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(shown), ids.end(), by_count);
  }
  ids.resize(shown);

  std::vector<FacetValue> out;
  out.reserve(ids.size());
  for (FacetTable::Id id : ids) out.push_back({table_->entry(id).name, table_->entry(id).key, counts_[id]});
  return out;
}

}  // namespace kiosque::facets
