#include "entities/weight_table.h"

namespace kiosque::entities {

WeightTable::WeightTable(const std::vector<FeatureWeights>& features) {
  rows_.reserve(features.size());
  for (const FeatureWeights& feature : features) rows_[feature.key] = feature.weights;
}

std::vector<FeatureWeights> WeightTable::features() const {
  std::vector<FeatureWeights> out;
  out.reserve(rows_.size());
  rows_.for_each([&](std::uint64_t key, const WeightRow& row) { out.push_back({key, row}); });
  return out;
}

}  // namespace kiosque::entities
