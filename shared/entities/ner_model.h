// A trained tagger model in memory: feature weights, tag transitions and
// the gazetteer the features were computed with, plus the file format that
// stores them (binary, little-endian, versioned; see model_file.cc).
#pragma once

#include <stdexcept>
#include <string>

#include "entities/gazetteer.h"
#include "entities/viterbi.h"
#include "entities/weight_table.h"

namespace kiosque::entities {

struct NerModel {
  // A stored weight w scores w * weight_scale.
  float weight_scale = 1.0f;
  TransitionScores transitions;
  Gazetteer gazetteer;
  WeightTable weights;
  // What it was trained on and how (one line, written by the trainer).
  std::string description;
};

// The model file is missing, unreadable, truncated, or for another version
// of the feature code. The message starts with the path.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

NerModel load_ner_model(const std::string& path);
// Throws ModelError if the file cannot be written.
void save_ner_model(const NerModel& model, const std::string& path);

}  // namespace kiosque::entities
