#include "entities/context_features.h"

#include "entities/document_evidence.h"
#include "entities/feature_hash.h"

namespace kiosque::entities {

namespace {

// One id per template; a key is hash(template, value).
enum Template : std::uint64_t {
  kBias = 1,
  kWord,
  kPrefix,  // + 16 * length
  kSuffix,  // + 16 * length
  kShape,
  kShortShape,
  kKind,
  kWordAt,   // + 16 * (offset + 2): the word of a neighbour
  kShapeAt,  // + 16 * (offset + 2): the short shape of a neighbour
  kPreviousWordWord,
  kWordNextWord,
  kPreviousShapeShape,
  kShapeNextShape,
  kShapeTrigram,
  kPreviousWordShape,
  kPrevious2WordShape,
  kShapeNextWord,
  kSentenceStartShape,
  kCapitalRun,
  kGazetteer,          // + 16 * list
  kGazetteerShape,     // + 16 * list
  kGazetteerPrevious,  // + 16 * list
  kGazetteerNext,      // + 16 * list
  kCommonWordCapital,
  kSuffixPrevious,
  kAllCapsRun,
  kDocumentEvidence,  // + 16 * bit
};

constexpr std::uint64_t kSubTemplate = 16;

TokenAttributes boundary(const char* marker) {
  TokenAttributes a;
  a.word = hash_text(marker);
  a.shape = a.short_shape = hash_text(marker);
  a.kind = TokenKind::kPunctuation;
  return a;
}

// At namespace scope rather than function statics: at() runs for every
// feature of every token, and a function static is checked on each call.
const TokenAttributes kBefore = boundary("<s>");
const TokenAttributes kAfter = boundary("</s>");

const TokenAttributes& at(const std::vector<TokenAttributes>& tokens, std::size_t i, int offset) {
  const long j = static_cast<long>(i) + offset;
  if (j < 0) return kBefore;
  if (j >= static_cast<long>(tokens.size())) return kAfter;
  return tokens[static_cast<std::size_t>(j)];
}

class Emitter {
 public:
  explicit Emitter(std::vector<std::uint64_t>& out) : out_(out) {}
  void operator()(std::uint64_t template_id, std::uint64_t value) {
    out_.push_back(nonzero_key(hash_combine(template_id, value)));
  }
  void operator()(std::uint64_t template_id, std::uint64_t a, std::uint64_t b) {
    (*this)(template_id, hash_combine(a, b));
  }

 private:
  std::vector<std::uint64_t>& out_;
};

void gazetteer_features(const std::vector<TokenAttributes>& tokens, std::size_t i, Emitter& emit) {
  const TokenAttributes& self = tokens[i];
  const TokenAttributes& previous = at(tokens, i, -1);
  const TokenAttributes& next = at(tokens, i, +1);
  for (std::uint64_t list = 0; list < kGazetteerListCount; ++list) {
    const GazetteerMask bit = static_cast<GazetteerMask>(1u << list);
    if (self.gazetteer & bit) {
      const bool begins = self.gazetteer_begin & bit;
      emit(kGazetteer + kSubTemplate * list, begins);
      emit(kGazetteerShape + kSubTemplate * list, self.short_shape, begins);
    }
    if (previous.gazetteer & bit) emit(kGazetteerPrevious + kSubTemplate * list, self.capitalised);
    if (next.gazetteer & bit) emit(kGazetteerNext + kSubTemplate * list, self.capitalised);
  }
}

}  // namespace

void context_features(const std::vector<TokenAttributes>& tokens, std::size_t i, std::vector<std::uint64_t>& out) {
  Emitter emit(out);
  const TokenAttributes& self = tokens[i];
  const TokenAttributes& previous = at(tokens, i, -1);
  const TokenAttributes& next = at(tokens, i, +1);

  emit(kBias, 0);
  emit(kWord, self.word);
  for (std::uint64_t n = 0; n < kAffixLengths; ++n) {
    if (self.prefixes[n]) emit(kPrefix + kSubTemplate * (n + 1), self.prefixes[n]);
    if (self.suffixes[n]) emit(kSuffix + kSubTemplate * (n + 1), self.suffixes[n]);
  }
  emit(kShape, self.shape);
  emit(kShortShape, self.short_shape);
  emit(kKind, static_cast<std::uint64_t>(self.kind));

  for (int offset : {-2, -1, 1, 2}) {
    const TokenAttributes& other = at(tokens, i, offset);
    const std::uint64_t slot = kSubTemplate * static_cast<std::uint64_t>(offset + 2);
    emit(kWordAt + slot, other.word);
    emit(kShapeAt + slot, other.short_shape);
  }
  emit(kPreviousWordWord, previous.word, self.word);
  emit(kWordNextWord, self.word, next.word);
  emit(kPreviousShapeShape, previous.short_shape, self.short_shape);
  emit(kShapeNextShape, self.short_shape, next.short_shape);
  emit(kShapeTrigram, hash_combine(previous.short_shape, self.short_shape), next.short_shape);
  emit(kPreviousWordShape, previous.word, self.short_shape);
  emit(kPrevious2WordShape, at(tokens, i, -2).word, self.short_shape);
  emit(kShapeNextWord, self.short_shape, next.word);
  if (previous.suffixes[2]) emit(kSuffixPrevious, previous.suffixes[2]);

  emit(kSentenceStartShape, self.sentence_start, self.short_shape);
  if (self.capital_run != CapitalRun::kNone) {
    emit(kCapitalRun, static_cast<std::uint64_t>(self.capital_run), self.capital_run_length);
    emit(kAllCapsRun, self.all_caps, hash_combine(previous.all_caps, next.all_caps));
  }
  const bool common = self.gazetteer & list_bit(GazetteerList::kCommonWord);
  if (common && self.capitalised) emit(kCommonWordCapital, self.sentence_start);
  gazetteer_features(tokens, i, emit);
  for (std::uint64_t bit = 0; bit < kDocumentEvidenceBits; ++bit)
    if (self.document_evidence & (1u << bit)) emit(kDocumentEvidence + kSubTemplate * bit, self.capitalised);
}

}  // namespace kiosque::entities
