// Trains the tagger's weights with the averaged structured perceptron
// (Collins 2002): decode each training segment with the current weights,
// and where the best path differs from the gold one, add the gold path's
// features and subtract the predicted path's. The model keeps the average
// of the weights over all steps, which generalises far better than the
// last ones. Features are the same context_features() the tagger uses.
//
// Reproducible: the segment order is shuffled each epoch by a seeded
// generator whose sequence the C++ standard fixes (mt19937_64) with our own
// Fisher-Yates, so a seed gives the same model on any platform.
#pragma once

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

#include "entities/ner_model.h"
#include "training_corpus.h"

namespace kiosque::train_ner {

struct PerceptronOptions {
  int epochs = 10;
  std::uint64_t seed = 1;
  // Features seen fewer times in the training data get no weight at all.
  int min_feature_count = 2;
  // After averaging, features whose weights are all below this are dropped.
  float prune_below = 0.0f;
};

class PerceptronTrainer {
 public:
  PerceptronTrainer(const std::vector<AnnotatedDocument>& docs, const entities::Gazetteer& gazetteer,
                    const PerceptronOptions& options);

  // Runs one epoch; returns the number of segments that needed an update.
  std::size_t run_epoch(int epoch);

  // The averaged, pruned, quantised model (the gazetteer is copied in).
  entities::NerModel averaged_model() const;

  std::size_t feature_count() const { return feature_ids_.size(); }
  std::size_t segment_count() const { return segments_.size(); }

 private:
  struct Document {
    std::vector<std::uint32_t> features;  // feature ids of all tokens, concatenated
    std::vector<std::uint32_t> offsets;   // token i owns features[offsets[i] .. offsets[i+1])
    std::vector<entities::Tag> gold;
    std::vector<bool> outside_only;  // entity_punctuation.h
  };
  struct Segment {
    std::uint32_t document, first, last;
  };

  void count_features(const std::vector<AnnotatedDocument>& docs);
  void index_documents(const std::vector<AnnotatedDocument>& docs);
  void update(const Document& doc, std::size_t i, entities::Tag tag, float delta);
  void update_transition(int previous, entities::Tag next, float delta);
  bool train_segment(const Segment& segment);
  // The gold tags of a segment; unknown ones (doubtful_outside.h) filled by
  // the best path through the known ones.
  std::vector<entities::Tag> gold_tags_for(const Document& doc, const Segment& segment,
                                           const std::vector<float>& emissions,
                                           const entities::TransitionScores& scores) const;

  PerceptronOptions options_;
  const entities::Gazetteer& gazetteer_;
  std::unordered_map<std::uint64_t, std::uint32_t> feature_ids_;
  std::vector<std::uint64_t> feature_keys_;
  std::vector<Document> documents_;
  std::vector<Segment> segments_;
  // Current weights and the running sums for averaging (Daumé's trick:
  // averaged = weights - totals / steps).
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<float> transitions_;
  std::vector<double> transition_totals_;  // (kTagCount + 1) x kTagCount, last row = start
  double steps_ = 1;
};

}  // namespace kiosque::train_ner
