#include "gold_tags.h"

#include <algorithm>

#include "entities/entity_punctuation.h"
#include "entities/word_shape.h"

namespace kiosque::train_ner {

namespace {

using entities::EntityType;
using entities::NerToken;
using entities::Tag;
using entities::TokenKind;

// Titles that precede a name (the tokenizer keeps their dot).
constexpr std::string_view kTitles[] = {"M.",  "MM.", "M",    "MM", "Mme", "Mme.", "Mmes", "Mlle", "Mlles", "Me",
                                        "Me.", "Mgr", "Mgr.", "Dr", "Dr.", "Pr",   "Pr.",  "Mr",   "Mr."};
// Lower-case words that belong to a name when they stand right before it.
constexpr std::string_view kParticles[] = {"de",  "du", "des", "d'",  "d’",    "von", "van", "der",
                                           "den", "da", "di",  "del", "della", "dos", "ben", "bin",
                                           "el",  "al", "la",  "le",  "ter",   "zu"};

bool contains(const std::string_view* begin, const std::string_view* end, std::string_view word) {
  return std::find(begin, end, word) != end;
}

bool is_title(std::string_view word) { return contains(std::begin(kTitles), std::end(kTitles), word); }
bool is_particle(std::string_view word) { return contains(std::begin(kParticles), std::end(kParticles), word); }

// First token of a person span once titles and functions are dropped.
std::size_t person_name_start(std::string_view text, const std::vector<NerToken>& tokens, std::size_t first,
                              std::size_t last) {
  std::size_t name = first;
  while (name < last) {
    std::string_view word = tokens[name].in(text);
    if (entities::word_shape(word).capitalised && !is_title(word)) break;
    ++name;
  }
  if (name == last) return first;  // no capitalised name: keep the span as annotated
  while (name > first && is_particle(tokens[name - 1].in(text))) --name;
  return name;
}

// Tags tokens [first, last) as one entity of `type`, cut in pieces at
// punctuation that never belongs to an entity; false if nothing was tagged
// (empty span, or tokens already taken by an earlier span).
bool place_span(std::string_view text, const std::vector<NerToken>& tokens, EntityType type, std::size_t first,
                std::size_t last, std::vector<Tag>& tags) {
  for (std::size_t i = first; i < last; ++i)
    if (tags[i] != entities::kOutside) return false;
  bool placed = false, inside = false;
  for (std::size_t i = first; i < last; ++i) {
    if (entities::never_in_entity(tokens[i], text)) {
      inside = false;
      continue;
    }
    tags[i] = inside ? entities::inside_tag(type) : entities::begin_tag(type);
    inside = placed = true;
  }
  return placed;
}

}  // namespace

std::vector<Tag> gold_tags(std::string_view text, const std::vector<NerToken>& tokens,
                           const std::vector<GoldSpan>& spans, GoldStats& stats) {
  std::vector<Tag> tags(tokens.size(), entities::kOutside);
  for (const GoldSpan& span : spans) {
    ++stats.spans;
    // Tokens overlapping the span.
    auto first_it =
        std::partition_point(tokens.begin(), tokens.end(), [&](const NerToken& t) { return t.end <= span.start; });
    std::size_t first = static_cast<std::size_t>(first_it - tokens.begin());
    std::size_t last = first;
    while (last < tokens.size() && tokens[last].start < span.end) ++last;
    if (first < last && (tokens[first].start < span.start || tokens[last - 1].end > span.end))
      ++stats.boundary_mismatches;

    while (first < last && tokens[first].kind == TokenKind::kPunctuation) ++first;
    while (last > first && tokens[last - 1].kind == TokenKind::kPunctuation) --last;
    if (span.type == EntityType::kPerson && first < last) {
      std::size_t name = person_name_start(text, tokens, first, last);
      if (name != first) ++stats.person_prefixes_dropped;
      first = name;
    }
    if (!place_span(text, tokens, span.type, first, last, tags)) ++stats.spans_without_tokens;
  }
  return tags;
}

}  // namespace kiosque::train_ner
