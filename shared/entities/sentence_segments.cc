#include "entities/sentence_segments.h"

#include "entities/ner_tokenizer.h"

namespace kiosque::entities {

std::vector<std::pair<std::size_t, std::size_t>> sentence_segments(std::string_view text,
                                                                   const std::vector<NerToken>& tokens) {
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  std::size_t first = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool last = i + 1 == tokens.size();
    if (last || ends_sentence(tokens[i].in(text)) || i + 1 - first >= kMaxSegmentTokens) {
      segments.emplace_back(first, i + 1);
      first = i + 1;
    }
  }
  return segments;
}

}  // namespace kiosque::entities
