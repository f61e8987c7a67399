#include "entities/document_evidence.h"

#include <array>

#include "entities/feature_hash.h"
#include "entities/flat_key_map.h"

namespace kiosque::entities {

namespace {

// Prepositions that introduce places ("à Genève", "en Suisse", "au Chili").
bool is_place_word(std::uint64_t word) {
  static const std::uint64_t kPlaceWords[] = {hash_text("à"), hash_text("en"), hash_text("au"), hash_text("aux")};
  for (std::uint64_t place_word : kPlaceWords)
    if (word == place_word) return true;
  return false;
}

unsigned char evidence_of(const std::vector<TokenAttributes>& attributes, std::size_t i) {
  const TokenAttributes& self = attributes[i];
  unsigned char bits = self.capitalised ? 0 : kLowerCase;
  if (self.capitalised && !self.sentence_start) bits |= kCapitalisedInside;
  if (i == 0) return bits;
  const TokenAttributes& previous = attributes[i - 1];
  if (previous.gazetteer & list_bit(GazetteerList::kPersonTitle)) bits |= kAfterTitle;
  if (previous.gazetteer & list_bit(GazetteerList::kOrganisationCue)) bits |= kAfterOrganisationCue;
  if (self.capitalised && previous.capitalised && (previous.gazetteer & list_bit(GazetteerList::kFirstName)))
    bits |= kAfterFirstName;
  if (self.capitalised && is_place_word(previous.word)) bits |= kAfterPlaceWord;
  return bits;
}

}  // namespace

void add_document_evidence(std::vector<TokenAttributes>& attributes) {
  using Counts = std::array<unsigned, kDocumentEvidenceBits>;
  // By folded word (a hash: nonzero_key() only merges the keys 0 and 1), in
  // one flat table sized once rather than a node allocated per word.
  FlatKeyMap<Counts> counts;
  counts.reserve(attributes.size());
  std::vector<unsigned char> own(attributes.size(), 0);
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (attributes[i].kind != TokenKind::kWord) continue;
    own[i] = evidence_of(attributes, i);
    Counts& word_counts = counts[nonzero_key(attributes[i].folded)];
    for (int bit = 0; bit < kDocumentEvidenceBits; ++bit)
      if (own[i] & (1u << bit)) ++word_counts[bit];
  }
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (attributes[i].kind != TokenKind::kWord) continue;
    const Counts& word_counts = *counts.find(nonzero_key(attributes[i].folded));
    unsigned char elsewhere = 0;
    for (int bit = 0; bit < kDocumentEvidenceBits; ++bit) {
      const unsigned mine = (own[i] >> bit) & 1u;
      if (word_counts[bit] > mine) elsewhere |= static_cast<unsigned char>(1u << bit);
    }
    attributes[i].document_evidence = elsewhere;
  }
}

}  // namespace kiosque::entities
