#include "doubtful_outside.h"

#include <string>
#include <unordered_map>

#include "entities/word_shape.h"

namespace kiosque::train_ner {

namespace {

struct WordCounts {
  std::size_t tagged = 0, outside = 0;
};

template <typename Visit>
void for_each_capitalised(std::vector<AnnotatedDocument>& docs, Visit visit) {
  for (AnnotatedDocument& doc : docs)
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      const std::string_view word = doc.tokens[i].in(doc.text);
      if (doc.tokens[i].kind == entities::TokenKind::kWord && entities::word_shape(word).capitalised)
        visit(doc, i, entities::fold_for_gazetteer(word));
    }
}

}  // namespace

std::size_t mark_doubtful_outside(std::vector<AnnotatedDocument>& docs, double ratio) {
  if (ratio <= 0) return 0;
  std::unordered_map<std::string, WordCounts> counts;
  for_each_capitalised(docs, [&](AnnotatedDocument& doc, std::size_t i, const std::string& folded) {
    WordCounts& word = counts[folded];
    (doc.gold[i] == entities::kOutside ? word.outside : word.tagged) += 1;
  });
  std::size_t marked = 0;
  for_each_capitalised(docs, [&](AnnotatedDocument& doc, std::size_t i, const std::string& folded) {
    const WordCounts& word = counts[folded];
    const std::size_t seen = word.tagged + word.outside;
    if (!doc.complete && doc.gold[i] == entities::kOutside && seen >= 2 && word.tagged >= ratio * seen) {
      doc.gold[i] = kUnknownTag;
      ++marked;
    }
  });
  return marked;
}

}  // namespace kiosque::train_ner
