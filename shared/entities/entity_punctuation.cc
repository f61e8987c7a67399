#include "entities/entity_punctuation.h"

#include <limits>

#include "entities/bio_tags.h"

namespace kiosque::entities {

namespace {

constexpr std::string_view kJoiningMarks[] = {"-", "&", "'", "\xE2\x80\x99", "/"};  // \xE2\x80\x99 = ’

}  // namespace

bool never_in_entity(const NerToken& token, std::string_view text) {
  if (token.kind != TokenKind::kPunctuation) return false;
  const std::string_view mark = token.in(text);
  for (std::string_view joining : kJoiningMarks)
    if (mark == joining) return false;
  return true;
}

void forbid_entity_tags(float* emission_row) {
  for (int t = 0; t < kTagCount; ++t)
    if (t != kOutside) emission_row[t] = -std::numeric_limits<float>::infinity();
}

}  // namespace kiosque::entities
