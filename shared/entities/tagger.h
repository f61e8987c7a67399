// The named-entity tagger: finds persons, places and organisations in
// French text with a learned sequence model (averaged perceptron over
// hashed features, Viterbi decoding under BIO rules).
//
//   auto tagger = kiosque::entities::Tagger::load("models/ner-fr.model");
//   for (const Mention& m : tagger.tag(text)) ...   // byte offsets
//
// The statistical core only: names come out as the model sees them (bare,
// "Poutine" not "M. Poutine"); titles, coreference and canonical names are
// for rules built around it. Loading takes a fraction of a second; tag() is
// const and thread-safe, and copies of a Tagger share one model.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entities/bio_tags.h"
#include "entities/mention.h"
#include "entities/ner_model.h"
#include "entities/ner_token.h"
#include "entities/token_forms.h"

namespace kiosque::entities {

class Tagger {
 public:
  // Throws ModelError (message starting with the path) if the file is
  // missing, damaged or made for another version of the feature code.
  static Tagger load(const std::string& model_path);
  explicit Tagger(NerModel model);

  // The entities of `text` (UTF-8; invalid bytes are treated as punctuation).
  std::vector<Mention> tag(std::string_view text) const;

  // One tag per token of `tokens` (which must come from tokenize_for_ner(text)),
  // whose `forms` are token_forms(text, tokens, model().gazetteer).
  std::vector<Tag> tag_tokens(std::string_view text, const std::vector<NerToken>& tokens,
                              const TokenForms& forms) const;

  const NerModel& model() const { return *model_; }

 private:
  std::shared_ptr<const NerModel> model_;
};

}  // namespace kiosque::entities
