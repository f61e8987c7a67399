#include "search/news_signals.h"

#include <algorithm>

#include "facets/facet.h"
#include "search/entity_focus.h"
#include "search/title_words.h"

namespace kiosque::search {

namespace {

Xapian::Query any_of(const std::vector<std::string>& forms) {
  if (forms.size() == 1) return Xapian::Query(forms.front());
  return Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
}

// Whether `word` is one of the space-separated words of `name`.
bool is_word_of(const std::string& word, const std::string& name) {
  for (std::size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}

// How many of the query's counted parts `name` holds.
std::size_t parts_of_name(const query::ParsedQuery& parsed, const std::string& name) {
  std::size_t parts = 0;
  for (const query::ParsedQuery::Part& part : parsed.parts())
    if (!part.positional.empty() && part.name && is_word_of(part.text, name)) ++parts;
  return parts;
}

// A name of several words is one thing: its words share one title weight
// ("Marine Le Pen" in a title weighs as much as "immigration").
double title_share(const query::ParsedQuery& parsed, const query::ParsedQuery::Part& part) {
  if (!part.name) return 1.0;
  for (const std::string& name : parsed.names())
    if (is_word_of(part.text, name)) return 1.0 / static_cast<double>(std::max<std::size_t>(1, parts_of_name(parsed, name)));
  return 1.0;
}

// Each word of the part in the title (a part of several words, "Notre-Dame":
// each its share).
Xapian::Query title_boost(const query::ParsedQuery::Part& part, double share) {
  std::vector<Xapian::Query> words;
  const double weight = kTitleBoost * share / static_cast<double>(part.positional.size());
  for (const std::vector<std::string>& forms : part.positional)
    words.emplace_back((new TitleWordSource(forms, weight))->release());
  return words.size() == 1 ? words.front() : Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end());
}

// Neighbouring words of the query (stopwords and fillers aside) near each
// other: the last word of a part with the first of the next.
// Two words of one name are its phrase's (name_phrases()), not a pair.
void proximity_boosts(const query::ParsedQuery& parsed, std::vector<Xapian::Query>& out) {
  const std::vector<std::string>* previous = nullptr;
  const query::ParsedQuery::Part* previous_part = nullptr;
  auto same_name = [&](const query::ParsedQuery::Part& a, const query::ParsedQuery::Part& b) {
    if (!a.name || !b.name) return false;
    for (const std::string& name : parsed.names())
      if (name.find(' ') != std::string::npos && is_word_of(a.text, name) && is_word_of(b.text, name)) return true;
    return false;
  };
  std::size_t pairs = 0;
  for (const query::ParsedQuery::Part& part : parsed.parts()) {
    if (part.positional.empty()) continue;
    const bool pair = previous && !same_name(*previous_part, part);
    previous_part = &part;
    if (pair && pairs++ < kMaxProximityPairs) {
      const Xapian::Query words[] = {any_of(*previous), any_of(part.positional.front())};
      Xapian::Query near(Xapian::Query::OP_NEAR, std::begin(words), std::end(words), kNearWindow);
      out.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, near, kProximityBoost);
    }
    previous = &part.positional.back();
  }
}

// The parts of the query that count (neither stopwords nor fillers) and,
// of those, the ones `names` type.
std::pair<std::size_t, std::size_t> content_and_name_parts(const query::ParsedQuery& parsed,
                                                           const std::vector<std::string>& names) {
  std::size_t content = 0, named = 0;
  for (const query::ParsedQuery::Part& part : parsed.parts()) {
    if (part.positional.empty()) continue;
    ++content;
    if (part.name && std::any_of(names.begin(), names.end(), [&](const auto& n) { return is_word_of(part.text, n); }))
      ++named;
  }
  return {content, named};
}

// The entities the query's names resolve to, each type as one source. A
// name weighs its share of the query's words: "Marine Le Pen" alone is all
// the query, in "position de Marine Le Pen sur l'immigration" not quite.
void entity_boosts(const query::ParsedQuery& parsed, const names::EntityResolver& entities, std::vector<Xapian::Query>& out) {
  for (const facets::FacetInfo& row : facets::kFacetTable) {
    if (row.kind != facets::FacetKind::kEntity) continue;
    std::vector<std::string> terms, known;
    for (const std::string& name : parsed.names()) {
      if (!entities.known(row.entity_type, name)) continue;
      known.push_back(name);
      Xapian::Query filter = entities.query(row.entity_type, name);
      for (auto it = filter.get_terms_begin(); it != filter.get_terms_end(); ++it) terms.push_back(*it);
    }
    const auto [content, named] = content_and_name_parts(parsed, known);
    if (terms.empty() || named == 0) continue;
    const double share = static_cast<double>(named) / static_cast<double>(content);
    out.emplace_back(
        (new EntityFocusSource(terms, std::string(row.prefix), row.slot, kEntityBoost * share))->release());
  }
}

}  // namespace

Xapian::Query news_signals(const query::ParsedQuery& parsed, const names::EntityResolver& entities, bool local) {
  std::vector<Xapian::Query> signals;
  if (local)
    for (const query::ParsedQuery::Part& part : parsed.parts())
      if (!part.positional.empty()) signals.push_back(title_boost(part, title_share(parsed, part)));
  proximity_boosts(parsed, signals);
  for (const Xapian::Query& phrase : parsed.name_phrases())
    signals.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, phrase, kNamePhraseBoost);
  if (local) entity_boosts(parsed, entities, signals);
  if (signals.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, signals.begin(), signals.end());
}

}  // namespace kiosque::search
