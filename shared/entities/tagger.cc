#include "entities/tagger.h"

#include "entities/context_features.h"
#include "entities/entity_punctuation.h"
#include "entities/ner_tokenizer.h"
#include "entities/sentence_segments.h"
#include "entities/token_attributes.h"
#include "entities/viterbi.h"

namespace kiosque::entities {

Tagger Tagger::load(const std::string& model_path) { return Tagger(load_ner_model(model_path)); }

Tagger::Tagger(NerModel model) : model_(std::make_shared<const NerModel>(std::move(model))) {}

std::vector<Mention> Tagger::tag(std::string_view text) const {
  std::vector<NerToken> tokens = tokenize_for_ner(text);
  return mentions_from_tags(text, tokens, tag_tokens(text, tokens, token_forms(text, tokens, model_->gazetteer)));
}

std::vector<Tag> Tagger::tag_tokens(std::string_view text, const std::vector<NerToken>& tokens,
                                    const TokenForms& forms) const {
  const NerModel& model = *model_;
  const std::vector<TokenAttributes> attributes = token_attributes(text, tokens, forms, model.gazetteer);

  std::vector<float> emissions(tokens.size() * kTagCount, 0.0f);
  // The weight look-ups are cache misses: the next token's features are
  // computed and their rows prefetched before this token's are read, so
  // that the misses of one token overlap the work of the other.
  std::vector<std::uint64_t> keys, next_keys;
  auto features_of = [&](std::size_t i, std::vector<std::uint64_t>& out) {
    out.clear();
    if (i >= tokens.size()) return;
    context_features(attributes, i, out);
    for (std::uint64_t key : out) model.weights.prefetch(key);
  };
  features_of(0, next_keys);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    keys.swap(next_keys);
    features_of(i + 1, next_keys);
    std::int32_t sums[kTagCount] = {};
    for (std::uint64_t key : keys)
      if (const WeightRow* row = model.weights.find(key))
        for (int t = 0; t < kTagCount; ++t) sums[t] += (*row)[t];
    for (int t = 0; t < kTagCount; ++t) emissions[i * kTagCount + t] = static_cast<float>(sums[t]) * model.weight_scale;
    if (never_in_entity(tokens[i], text)) forbid_entity_tags(&emissions[i * kTagCount]);
  }

  std::vector<Tag> tags;
  tags.reserve(tokens.size());
  for (const auto& [first, last] : sentence_segments(text, tokens)) {
    std::vector<Tag> segment = viterbi_decode(&emissions[first * kTagCount], last - first, model.transitions);
    tags.insert(tags.end(), segment.begin(), segment.end());
  }
  return tags;
}

}  // namespace kiosque::entities
