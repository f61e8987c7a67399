// What the feature templates need to know about each token, computed once
// per token (case folding, shapes and gazetteer look-ups are the costly
// part) and then combined with the neighbours' by context_features().
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/ner_token.h"
#include "entities/token_forms.h"

namespace kiosque::entities {

// Affixes of 1..kAffixLengths code points are features.
inline constexpr int kAffixLengths = 4;

// Where a token sits in a run of consecutive capitalised tokens.
enum class CapitalRun : unsigned char { kNone, kSingle, kFirst, kInner, kLast };

struct TokenAttributes {
  std::uint64_t word = 0;         // hash of the lower-cased token
  std::uint64_t folded = 0;       // gazetteer_token_key() of the folded token
  std::uint64_t shape = 0;        // hash of the long word shape
  std::uint64_t short_shape = 0;  // hash of the short word shape
  // Hashes of the lower-cased prefixes / suffixes of 1..kAffixLengths code
  // points; 0 when the token is not a word or not longer than the affix.
  std::uint64_t prefixes[kAffixLengths] = {};
  std::uint64_t suffixes[kAffixLengths] = {};
  GazetteerMask gazetteer = 0;        // lists with an entry covering the token
  GazetteerMask gazetteer_begin = 0;  // lists with an entry starting at it
  TokenKind kind = TokenKind::kWord;
  bool capitalised = false;
  bool all_caps = false;
  bool sentence_start = false;  // first token, or after ". ! ? …"
  CapitalRun capital_run = CapitalRun::kNone;
  unsigned char capital_run_length = 0;  // capped at kMaxCapitalRun
  unsigned char document_evidence = 0;   // DocumentEvidence bits (document_evidence.h)
};

inline constexpr unsigned char kMaxCapitalRun = 4;

std::vector<TokenAttributes> token_attributes(std::string_view text, const std::vector<NerToken>& tokens,
                                              const Gazetteer& gazetteer);
// The same from the tokens' forms, when the caller has them already.
std::vector<TokenAttributes> token_attributes(std::string_view text, const std::vector<NerToken>& tokens,
                                              const TokenForms& forms, const Gazetteer& gazetteer);

}  // namespace kiosque::entities
