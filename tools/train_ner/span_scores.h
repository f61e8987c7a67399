// Quick entity-level scores for watching training (per epoch, on a held-out
// file): strict (same type and span) and fuzzy (same type, overlapping,
// one-to-one) precision/recall/F1 over PER, LOC and ORG. The reference
// numbers come from shared/eval/ner/score.py; this is only a progress meter.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "entities/mention.h"
#include "gold_tags.h"

namespace kiosque::train_ner {

struct Counts {
  std::size_t true_positives = 0, predicted = 0, gold = 0;
  double f1() const {
    return predicted + gold == 0 ? 0.0
                                 : 2.0 * static_cast<double>(true_positives) / static_cast<double>(predicted + gold);
  }
};

struct SpanScores {
  Counts strict;
  std::array<Counts, entities::kEntityTypeCount> fuzzy;  // by EntityType
  Counts fuzzy_all;
};

// Adds one document's matches to `scores`.
void add_span_scores(const std::vector<GoldSpan>& gold, const std::vector<entities::Mention>& predicted,
                     SpanScores& scores);

}  // namespace kiosque::train_ner
