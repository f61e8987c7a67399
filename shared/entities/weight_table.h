// The feature weights of a trained model: feature key -> one weight per tag,
// stored as 16-bit integers (a model-wide scale turns them back into real
// scores). Built once at load time and then only read, which makes it safe
// to share between threads.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "entities/bio_tags.h"
#include "entities/flat_key_map.h"

namespace kiosque::entities {

using WeightRow = std::array<std::int16_t, kTagCount>;

struct FeatureWeights {
  std::uint64_t key = 0;  // never 0
  WeightRow weights{};
};

class WeightTable {
 public:
  WeightTable() = default;
  explicit WeightTable(const std::vector<FeatureWeights>& features);

  // The row of `key`, or nullptr for a feature the model does not know.
  const WeightRow* find(std::uint64_t key) const { return rows_.find(key); }
  void prefetch(std::uint64_t key) const { rows_.prefetch(key); }

  std::size_t size() const { return rows_.size(); }
  // All features, in no particular order (for saving).
  std::vector<FeatureWeights> features() const;

 private:
  FlatKeyMap<WeightRow> rows_;
};

}  // namespace kiosque::entities
