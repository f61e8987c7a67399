#include "entities/viterbi.h"

#include <limits>

namespace kiosque::entities {

namespace {

// allowed_transition() for every pair of tags, computed once: it is asked in
// the innermost loop, tags² times per token.
struct AllowedTransitions {
  bool from_start[kTagCount];
  bool between[kTagCount][kTagCount];  // [previous][next]
};

const AllowedTransitions& allowed_transitions() {
  static const AllowedTransitions table = [] {
    AllowedTransitions t{};
    for (int next = 0; next < kTagCount; ++next) {
      t.from_start[next] = allowed_transition(kNoTag, static_cast<Tag>(next));
      for (int previous = 0; previous < kTagCount; ++previous)
        t.between[previous][next] = allowed_transition(previous, static_cast<Tag>(next));
    }
    return t;
  }();
  return table;
}

}  // namespace

std::vector<Tag> viterbi_decode(const float* emissions, std::size_t n, const TransitionScores& transitions) {
  const AllowedTransitions& allowed = allowed_transitions();
  std::vector<Tag> path(n, kOutside);
  if (n == 0) return path;
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  std::vector<float> best(n * kTagCount, kImpossible);
  std::vector<Tag> back(n * kTagCount, kOutside);

  for (int t = 0; t < kTagCount; ++t)
    if (allowed.from_start[t]) best[t] = transitions.start[t] + emissions[t];

  for (std::size_t i = 1; i < n; ++i) {
    const float* previous = &best[(i - 1) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      float top = kImpossible;
      Tag from = kOutside;
      for (int p = 0; p < kTagCount; ++p) {
        if (previous[p] == kImpossible || !allowed.between[p][t]) continue;
        float score = previous[p] + transitions.between[p][t];
        if (score > top) top = score, from = static_cast<Tag>(p);
      }
      best[i * kTagCount + t] = top + emissions[i * kTagCount + t];
      back[i * kTagCount + t] = from;
    }
  }

  const float* last = &best[(n - 1) * kTagCount];
  Tag tag = kOutside;
  for (int t = 1; t < kTagCount; ++t)
    if (last[t] > last[tag]) tag = static_cast<Tag>(t);
  for (std::size_t i = n; i-- > 0;) {
    path[i] = tag;
    tag = back[i * kTagCount + tag];
  }
  return path;
}

}  // namespace kiosque::entities
