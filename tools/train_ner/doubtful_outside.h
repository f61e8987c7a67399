// Europeana's annotators missed entities: "Paris" is LOC 191 times and
// untagged 39 times, "Société" ORG 27 times and untagged 8. Teaching the
// model that those 39 are not places would fight the 191. This marks such
// tokens as unknown instead: a capitalised token tagged O whose word
// (folded) is tagged as an entity in at least `ratio` of its capitalised
// occurrences across the training files (and seen at least twice). The
// perceptron then lets its own best guess stand on unknown tokens.
// Documents marked `complete` (fully annotated files) count like the
// others but keep all their O tags: there an untagged "France" in "Tour de
// France" is meant.
#pragma once

#include <cstddef>
#include <vector>

#include "entities/gazetteer.h"
#include "training_corpus.h"

namespace kiosque::train_ner {

// A gold tag meaning "any tag the BIO rules allow".
inline constexpr entities::Tag kUnknownTag = 255;

// Returns the number of tokens marked; ratio 0 marks nothing.
std::size_t mark_doubtful_outside(std::vector<AnnotatedDocument>& docs, double ratio);

}  // namespace kiosque::train_ner
