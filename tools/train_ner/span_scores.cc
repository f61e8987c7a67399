#include "span_scores.h"

namespace kiosque::train_ner {

namespace {

bool overlaps(const GoldSpan& gold, const entities::Mention& mention) {
  return gold.start < mention.end && mention.start < gold.end;
}

}  // namespace

void add_span_scores(const std::vector<GoldSpan>& gold, const std::vector<entities::Mention>& predicted,
                     SpanScores& scores) {
  std::vector<bool> gold_used(gold.size(), false), predicted_used(predicted.size(), false);
  auto pair_up = [&](bool exact) {
    std::size_t found = 0;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (gold_used[g]) continue;
      for (std::size_t p = 0; p < predicted.size(); ++p) {
        if (predicted_used[p] || predicted[p].type != gold[g].type) continue;
        bool match = exact ? predicted[p].start == gold[g].start && predicted[p].end == gold[g].end
                           : overlaps(gold[g], predicted[p]);
        if (!match) continue;
        gold_used[g] = predicted_used[p] = true;
        ++found;
        if (!exact) ++scores.fuzzy[static_cast<int>(gold[g].type)].true_positives;
        break;
      }
    }
    return found;
  };
  const std::size_t exact = pair_up(true);
  // Exact pairs are fuzzy pairs too.
  for (std::size_t g = 0; g < gold.size(); ++g)
    if (gold_used[g]) ++scores.fuzzy[static_cast<int>(gold[g].type)].true_positives;
  const std::size_t overlapping = pair_up(false);

  scores.strict.true_positives += exact;
  scores.strict.predicted += predicted.size();
  scores.strict.gold += gold.size();
  scores.fuzzy_all.true_positives += exact + overlapping;
  scores.fuzzy_all.predicted += predicted.size();
  scores.fuzzy_all.gold += gold.size();
  for (const GoldSpan& span : gold) ++scores.fuzzy[static_cast<int>(span.type)].gold;
  for (const entities::Mention& mention : predicted) ++scores.fuzzy[static_cast<int>(mention.type)].predicted;
}

}  // namespace kiosque::train_ner
