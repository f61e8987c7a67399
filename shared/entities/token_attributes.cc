#include "entities/token_attributes.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "entities/document_evidence.h"
#include "entities/feature_hash.h"
#include "entities/ner_tokenizer.h"
#include "entities/word_shape.h"

namespace kiosque::entities {

namespace {

// Byte offsets of the code point boundaries of `word`, into `bounds` (a
// buffer reused from token to token: growing a new one cost several
// allocations per token).
void code_point_bounds(std::string_view word, std::vector<std::size_t>& bounds) {
  bounds.clear();
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(word.size());
  while (i < length) {
    bounds.push_back(static_cast<std::size_t>(i));
    U8_FWD_1(reinterpret_cast<const uint8_t*>(word.data()), i, length);
  }
  bounds.push_back(word.size());
}

void set_affixes(std::string_view lower, TokenAttributes& attributes) {
  thread_local std::vector<std::size_t> bounds;
  code_point_bounds(lower, bounds);
  const int letters = static_cast<int>(bounds.size()) - 1;
  for (int n = 1; n <= kAffixLengths && n < letters; ++n) {
    attributes.prefixes[n - 1] = hash_text(lower.substr(0, bounds[n]));
    attributes.suffixes[n - 1] = hash_text(lower.substr(bounds[letters - n]));
  }
}

// Plural "s"/"x" dropped, so that "Maisons" finds the lemma "maison".
// `lists`: the lists of `folded` itself.
GazetteerMask common_word_lists(const Gazetteer& gazetteer, const std::string& folded, GazetteerMask lists) {
  lists &= list_bit(GazetteerList::kCommonWord);
  if (!lists && folded.size() > 3 && (folded.back() == 's' || folded.back() == 'x'))
    lists = gazetteer.lists_of(gazetteer_token_key(std::string_view(folded).substr(0, folded.size() - 1))) &
            list_bit(GazetteerList::kCommonWord);
  return lists;
}

void set_capital_runs(std::vector<TokenAttributes>& attributes) {
  const std::size_t n = attributes.size();
  std::size_t i = 0;
  while (i < n) {
    if (!attributes[i].capitalised) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < n && attributes[end].capitalised) ++end;
    const std::size_t length = end - i;
    for (std::size_t j = i; j < end; ++j) {
      TokenAttributes& a = attributes[j];
      a.capital_run_length = static_cast<unsigned char>(std::min<std::size_t>(length, kMaxCapitalRun));
      a.capital_run = length == 1    ? CapitalRun::kSingle
                      : j == i       ? CapitalRun::kFirst
                      : j + 1 == end ? CapitalRun::kLast
                                     : CapitalRun::kInner;
    }
    i = end;
  }
}

}  // namespace

std::vector<TokenAttributes> token_attributes(std::string_view text, const std::vector<NerToken>& tokens,
                                              const Gazetteer& gazetteer) {
  return token_attributes(text, tokens, token_forms(text, tokens, gazetteer), gazetteer);
}

std::vector<TokenAttributes> token_attributes(std::string_view text, const std::vector<NerToken>& tokens,
                                              const TokenForms& forms, const Gazetteer& gazetteer) {
  std::vector<TokenAttributes> attributes(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view token = tokens[i].in(text);
    TokenAttributes& a = attributes[i];
    a.kind = tokens[i].kind;
    const std::string& lower = forms.lower[i];
    a.word = hash_text(lower);
    WordShape shape = word_shape(token);
    a.shape = hash_text(shape.long_shape);
    a.short_shape = hash_text(shape.short_shape);
    a.capitalised = shape.capitalised;
    a.all_caps = shape.all_caps;
    if (a.kind == TokenKind::kWord) set_affixes(lower, a);
    a.sentence_start = i == 0 || ends_sentence(tokens[i - 1].in(text));
    a.folded = forms.keys[i];
    if (a.kind == TokenKind::kWord) a.gazetteer_begin = common_word_lists(gazetteer, forms.folded[i], forms.lists[i]);
  }
  std::vector<GazetteerMask> inside, begins;
  gazetteer.match(forms.keys, inside, begins);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // The common-word list is looked up with plural folding above; the
    // matcher's answer for it is replaced by that one.
    const GazetteerMask common = attributes[i].gazetteer_begin;
    const GazetteerMask others = static_cast<GazetteerMask>(~list_bit(GazetteerList::kCommonWord));
    attributes[i].gazetteer = static_cast<GazetteerMask>((inside[i] & others) | common);
    attributes[i].gazetteer_begin = static_cast<GazetteerMask>((begins[i] & others) | common);
  }
  set_capital_runs(attributes);
  add_document_evidence(attributes);
  return attributes;
}

}  // namespace kiosque::entities
