#include "facets/facet_counter.h"

#include <algorithm>

namespace kiosque::facets {

namespace {


}  // namespace

FacetCounter::FacetCounter(std::shared_ptr<const FacetTable> table)
    : table_(std::move(table)), counts_(table_->size(), 0) {}

void FacetCounter::count(Xapian::docid docid) {
  ++documents_;
  auto [id, end] = table_->values_of(docid);
  for (; id != end; ++id) ++counts_[*id];
}

void FacetCounter::count_all() {
  counts_ = table_->all_counts();
  documents_ = table_->documents();
}

FacetValue FacetCounter::value(Facet facet, std::string_view key) const {
  auto [first, last] = table_->range(facet);
  for (FacetTable::Id id = first; id < last; ++id)
    if (counts_[id] && table_->entry(id).key == key) return {table_->entry(id).name, std::string(key), counts_[id]};
  return {{}, std::string(key), 0};
}

std::vector<FacetValue> FacetCounter::values(Facet facet, std::size_t limit) const {
  auto [first, last] = table_->range(facet);
  std::vector<FacetTable::Id> ids;
  for (FacetTable::Id id = first; id < last; ++id)
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
