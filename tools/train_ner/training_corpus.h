// Reads annotated JSONL files (one document per line: "id", "text",
// "entities" [{type, start, end}] with Unicode code point offsets, as in
// shared/eval/ner/) into tokenised documents with gold BIO tags. Entity
// types other than PER, LOC and ORG are ignored.
#pragma once

#include <string>
#include <vector>

#include "entities/bio_tags.h"
#include "entities/ner_token.h"
#include "gold_tags.h"

namespace kiosque::train_ner {

struct AnnotatedDocument {
  std::string id;
  std::string text;
  std::vector<entities::NerToken> tokens;
  std::vector<GoldSpan> spans;      // as annotated (bytes)
  std::vector<entities::Tag> gold;  // after gold_tags() cleaning
  // Every name of the text is annotated (a file written for training, not
  // Europeana's partial tags): its O tags are never doubtful (doubtful_outside.h).
  bool complete = false;
};

// Throws std::runtime_error naming the file and line for malformed input.
std::vector<AnnotatedDocument> read_annotated_jsonl(const std::string& path, GoldStats& stats);

}  // namespace kiosque::train_ner
