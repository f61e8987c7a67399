#include "mention_swap.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "entities/ner_tokenizer.h"
#include "entities/word_shape.h"

namespace kiosque::train_ner {

namespace {

using entities::EntityType;
using entities::GazetteerList;
using entities::NerToken;
using entities::TokenKind;

bool is_plain_name(const std::string& entry) {
  const std::vector<NerToken> tokens = entities::tokenize_for_ner(entry);
  if (tokens.size() != 1 || tokens[0].kind != TokenKind::kWord || entry.size() < 3) return false;
  return entities::word_shape(entry).capitalised;
}

bool is_acronym(const std::string& entry) {
  const entities::WordShape shape = entities::word_shape(entry);
  return shape.all_caps && shape.short_shape == "X" && entry.size() >= 2 && entry.size() <= 6;
}

std::string upper_case(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUpper().toUTF8String(out);
  return out;
}

const std::string& pick(const std::vector<std::string>& names, std::mt19937_64& random) {
  return names[static_cast<std::size_t>(random() % names.size())];
}

// The capitalised word tokens of a span, or nothing if any token is not one.
std::vector<NerToken> name_words(const std::string& text, std::size_t start, std::size_t end) {
  std::vector<NerToken> tokens = entities::tokenize_for_ner(std::string_view(text).substr(start, end - start));
  for (const NerToken& token : tokens)
    if (token.kind != TokenKind::kWord ||
        !entities::word_shape(std::string_view(text).substr(start + token.start, token.end - token.start)).capitalised)
      return {};
  return tokens;
}

// The replacement for one span, or "" to keep it.
std::string replacement(const AnnotatedDocument& doc, const GoldSpan& span, const SwapNames& names,
                        std::mt19937_64& random) {
  const std::vector<NerToken> words = name_words(doc.text, span.start, span.end);
  if (words.empty() || words.size() > 2) return {};
  std::string name;
  if (span.type == EntityType::kPerson) {
    // Family names are often place names too (Borne, Paris): a third of the
    // surnames come from the place list, so that context, not the list, decides.
    const std::string& surname = random() % 3 == 0 ? pick(names.places, random) : pick(names.surnames, random);
    name = words.size() == 1 ? surname : pick(names.first_names, random) + " " + surname;
  } else if (words.size() == 1 && span.type == EntityType::kPlace) {
    name = pick(names.places, random);
  } else if (words.size() == 1 && span.type == EntityType::kOrganisation && random() % 2 == 0) {
    name = pick(names.acronyms, random);
  }
  if (!name.empty() &&
      entities::word_shape(std::string_view(doc.text).substr(span.start, span.end - span.start)).all_caps)
    name = upper_case(name);
  return name;
}

}  // namespace

SwapNames swap_names_from(const std::vector<GazetteerFile>& files) {
  SwapNames names;
  for (const GazetteerFile& file : files) {
    for (const std::string& entry : file.entries) {
      if (file.list == GazetteerList::kCapitalisedNoun && is_acronym(entry)) names.acronyms.push_back(entry);
      if (!is_plain_name(entry)) continue;
      if (file.list == GazetteerList::kFirstName) names.first_names.push_back(entry);
      if (file.list == GazetteerList::kSurname) names.surnames.push_back(entry);
      if (file.list == GazetteerList::kPlace) names.places.push_back(entry);
    }
  }
  for (auto* list : {&names.first_names, &names.surnames, &names.places, &names.acronyms}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
    if (list->empty()) throw std::runtime_error("mention swapping needs first names, surnames, places and acronyms");
  }
  return names;
}

AnnotatedDocument swap_mentions(const AnnotatedDocument& doc, const SwapNames& names, std::mt19937_64& random,
                                GoldStats& stats) {
  std::vector<GoldSpan> spans = doc.spans;
  std::sort(spans.begin(), spans.end(), [](const GoldSpan& a, const GoldSpan& b) { return a.start < b.start; });
  AnnotatedDocument copy;
  copy.id = doc.id + "#swap";
  copy.complete = doc.complete;
  std::size_t copied = 0;  // bytes of doc.text already in copy.text
  for (const GoldSpan& span : spans) {
    if (span.start < copied) continue;  // overlapping span: drop it
    std::string name = replacement(doc, span, names, random);
    copy.text.append(doc.text, copied, span.start - copied);
    GoldSpan moved = span;
    moved.start = copy.text.size();
    copy.text += name.empty() ? doc.text.substr(span.start, span.end - span.start) : name;
    moved.end = copy.text.size();
    copy.spans.push_back(moved);
    copied = span.end;
  }
  copy.text.append(doc.text, copied, std::string::npos);
  copy.tokens = entities::tokenize_for_ner(copy.text);
  copy.gold = gold_tags(copy.text, copy.tokens, copy.spans, stats);
  return copy;
}

}  // namespace kiosque::train_ner
