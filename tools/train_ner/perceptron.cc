#include "perceptron.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "doubtful_outside.h"
#include "entities/context_features.h"
#include "entities/entity_punctuation.h"
#include "entities/sentence_segments.h"
#include "entities/token_attributes.h"
#include "entities/viterbi.h"

namespace kiosque::train_ner {

namespace {

using entities::kTagCount;
using entities::Tag;

constexpr int kStartRow = kTagCount;

// Fisher-Yates with a fixed draw (std::shuffle's is left to the library).
template <typename T>
void shuffle(std::vector<T>& items, std::mt19937_64& random) {
  for (std::size_t i = items.size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>(random() % i);
    std::swap(items[i - 1], items[j]);
  }
}

}  // namespace

PerceptronTrainer::PerceptronTrainer(const std::vector<AnnotatedDocument>& docs, const entities::Gazetteer& gazetteer,
                                     const PerceptronOptions& options)
    : options_(options), gazetteer_(gazetteer) {
  count_features(docs);
  index_documents(docs);
  weights_.assign(feature_keys_.size() * kTagCount, 0.0f);
  totals_.assign(weights_.size(), 0.0);
  transitions_.assign((kTagCount + 1) * kTagCount, 0.0f);
  transition_totals_.assign(transitions_.size(), 0.0);
}

void PerceptronTrainer::count_features(const std::vector<AnnotatedDocument>& docs) {
  std::unordered_map<std::uint64_t, std::uint32_t> counts;
  std::vector<std::uint64_t> keys;
  for (const AnnotatedDocument& doc : docs) {
    auto attributes = entities::token_attributes(doc.text, doc.tokens, gazetteer_);
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      keys.clear();
      entities::context_features(attributes, i, keys);
      for (std::uint64_t key : keys) ++counts[key];
    }
  }
  // Ids in key order, so that the id assignment does not depend on the
  // hash map's iteration order.
  for (const auto& [key, count] : counts)
    if (count >= static_cast<std::uint32_t>(options_.min_feature_count)) feature_keys_.push_back(key);
  std::sort(feature_keys_.begin(), feature_keys_.end());
  feature_ids_.reserve(feature_keys_.size());
  for (std::size_t id = 0; id < feature_keys_.size(); ++id)
    feature_ids_.emplace(feature_keys_[id], static_cast<std::uint32_t>(id));
}

void PerceptronTrainer::index_documents(const std::vector<AnnotatedDocument>& docs) {
  std::vector<std::uint64_t> keys;
  for (const AnnotatedDocument& source : docs) {
    Document doc;
    doc.gold = source.gold;
    for (const entities::NerToken& token : source.tokens)
      doc.outside_only.push_back(entities::never_in_entity(token, source.text));
    auto attributes = entities::token_attributes(source.text, source.tokens, gazetteer_);
    for (std::size_t i = 0; i < source.tokens.size(); ++i) {
      doc.offsets.push_back(static_cast<std::uint32_t>(doc.features.size()));
      keys.clear();
      entities::context_features(attributes, i, keys);
      for (std::uint64_t key : keys)
        if (auto it = feature_ids_.find(key); it != feature_ids_.end()) doc.features.push_back(it->second);
    }
    doc.offsets.push_back(static_cast<std::uint32_t>(doc.features.size()));
    const auto document = static_cast<std::uint32_t>(documents_.size());
    for (const auto& [first, last] : entities::sentence_segments(source.text, source.tokens))
      segments_.push_back({document, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last)});
    documents_.push_back(std::move(doc));
  }
}

void PerceptronTrainer::update(const Document& doc, std::size_t i, Tag tag, float delta) {
  for (std::uint32_t k = doc.offsets[i]; k < doc.offsets[i + 1]; ++k) {
    const std::size_t slot = static_cast<std::size_t>(doc.features[k]) * kTagCount + tag;
    weights_[slot] += delta;
    totals_[slot] += steps_ * delta;
  }
}

void PerceptronTrainer::update_transition(int previous, Tag next, float delta) {
  const std::size_t slot =
      static_cast<std::size_t>(previous == entities::kNoTag ? kStartRow : previous) * kTagCount + next;
  transitions_[slot] += delta;
  transition_totals_[slot] += steps_ * delta;
}

std::vector<Tag> PerceptronTrainer::gold_tags_for(const Document& doc, const Segment& segment,
                                                  const std::vector<float>& emissions,
                                                  const entities::TransitionScores& scores) const {
  std::vector<Tag> gold(doc.gold.begin() + segment.first, doc.gold.begin() + segment.last);
  if (std::find(gold.begin(), gold.end(), kUnknownTag) == gold.end()) return gold;
  // The best path that keeps every known tag: the model's guess fills the gaps.
  std::vector<float> constrained = emissions;
  for (std::size_t i = 0; i < gold.size(); ++i)
    if (gold[i] != kUnknownTag)
      for (int t = 0; t < kTagCount; ++t)
        if (t != gold[i]) constrained[i * kTagCount + t] = -std::numeric_limits<float>::infinity();
  return entities::viterbi_decode(constrained.data(), gold.size(), scores);
}

bool PerceptronTrainer::train_segment(const Segment& segment) {
  const Document& doc = documents_[segment.document];
  const std::size_t n = segment.last - segment.first;
  std::vector<float> emissions(n * kTagCount, 0.0f);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t token = segment.first + i;
    for (std::uint32_t k = doc.offsets[token]; k < doc.offsets[token + 1]; ++k) {
      const float* row = &weights_[static_cast<std::size_t>(doc.features[k]) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) emissions[i * kTagCount + t] += row[t];
    }
    if (doc.outside_only[token]) entities::forbid_entity_tags(&emissions[i * kTagCount]);
  }
  entities::TransitionScores scores;
  for (int t = 0; t < kTagCount; ++t) {
    scores.start[t] = transitions_[kStartRow * kTagCount + t];
    for (int p = 0; p < kTagCount; ++p) scores.between[p][t] = transitions_[p * kTagCount + t];
  }
  const std::vector<Tag> predicted = entities::viterbi_decode(emissions.data(), n, scores);
  const std::vector<Tag> gold_path = gold_tags_for(doc, segment, emissions, scores);

  bool wrong = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t token = segment.first + i;
    const Tag gold = gold_path[i];
    const int gold_previous = i == 0 ? entities::kNoTag : gold_path[i - 1];
    const int predicted_previous = i == 0 ? entities::kNoTag : predicted[i - 1];
    if (gold != predicted[i]) {
      wrong = true;
      update(doc, token, gold, 1.0f);
      update(doc, token, predicted[i], -1.0f);
    }
    if (gold != predicted[i] || gold_previous != predicted_previous) {
      update_transition(gold_previous, gold, 1.0f);
      update_transition(predicted_previous, predicted[i], -1.0f);
    }
  }
  steps_ += 1;
  return wrong;
}

std::size_t PerceptronTrainer::run_epoch(int epoch) {
  std::mt19937_64 random(options_.seed + static_cast<std::uint64_t>(epoch));
  std::vector<std::size_t> order(segments_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  shuffle(order, random);
  std::size_t wrong = 0;
  for (std::size_t i : order) wrong += train_segment(segments_[i]);
  return wrong;
}

entities::NerModel PerceptronTrainer::averaged_model() const {
  entities::NerModel model;
  model.gazetteer = gazetteer_;
  for (int t = 0; t < kTagCount; ++t) {
    auto average = [&](std::size_t slot) {
      return static_cast<float>(transitions_[slot] - transition_totals_[slot] / steps_);
    };
    model.transitions.start[t] = average(kStartRow * kTagCount + t);
    for (int p = 0; p < kTagCount; ++p) model.transitions.between[p][t] = average(p * kTagCount + t);
  }

  std::vector<float> averaged(weights_.size());
  float largest = 0.0f;
  for (std::size_t slot = 0; slot < weights_.size(); ++slot) {
    averaged[slot] = static_cast<float>(weights_[slot] - totals_[slot] / steps_);
    largest = std::max(largest, std::fabs(averaged[slot]));
  }
  model.weight_scale = largest > 0 ? largest / 32767.0f : 1.0f;

  std::vector<entities::FeatureWeights> kept;
  for (std::size_t id = 0; id < feature_keys_.size(); ++id) {
    const float* row = &averaged[id * kTagCount];
    float strongest = 0.0f;
    for (int t = 0; t < kTagCount; ++t) strongest = std::max(strongest, std::fabs(row[t]));
    if (strongest == 0.0f || strongest < options_.prune_below) continue;
    entities::FeatureWeights feature;
    feature.key = feature_keys_[id];
    for (int t = 0; t < kTagCount; ++t)
      feature.weights[t] = static_cast<std::int16_t>(std::lround(row[t] / model.weight_scale));
    kept.push_back(feature);
  }
  model.weights = entities::WeightTable(kept);
  return model;
}

}  // namespace kiosque::train_ner
