// Turns the annotated entity spans of a training text into one BIO tag per
// token, cleaning the spans to the convention the tagger is taught:
//   * punctuation tokens at either end are dropped (Europeana's "JAMET,"),
//     and a span is cut in two at punctuation that never belongs to an
//     entity (entity_punctuation.h: "Marizy (Justin)" -> "Marizy", "Justin");
//   * a person span starts at the name: leading titles and lower-case words
//     go ("M. Poincaré", "le lieutenant Dupont" -> "Poincaré", "Dupont"),
//     but particles joined to the name stay ("de Gaulle");
//   * a token partly inside a span counts as inside (spans and our tokens
//     rarely disagree; GoldStats counts how often).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "entities/bio_tags.h"
#include "entities/entity_type.h"
#include "entities/ner_token.h"

namespace kiosque::train_ner {

struct GoldSpan {
  entities::EntityType type;
  std::size_t start = 0;  // bytes
  std::size_t end = 0;
};

struct GoldStats {
  std::size_t spans = 0;
  std::size_t spans_without_tokens = 0;  // nothing left after cleaning, or overlapping an earlier span
  std::size_t boundary_mismatches = 0;   // span edge inside a token
  std::size_t person_prefixes_dropped = 0;
};

std::vector<entities::Tag> gold_tags(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                     const std::vector<GoldSpan>& spans, GoldStats& stats);

}  // namespace kiosque::train_ner
