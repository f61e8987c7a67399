#include "query/text_query.h"

#include <algorithm>
#include <set>

#include "analysis/stopwords.h"
#include "query/field_filter.h"
#include "query/match_all.h"
#include "query/query_limits.h"
#include "schema.h"

namespace kiosque {

namespace {

// The query language: French first, like the archives Kiosque is built for.
constexpr const char* kQueryLanguage = "fr";

Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  if (parts.size() == 1) return parts.front();
  return Xapian::Query(op, parts.begin(), parts.end());
}

std::size_t character_count(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

std::vector<std::string> indexed_languages(const Xapian::Database& db) {
  std::vector<std::string> languages;
  const std::string prefix(schema::kLanguagePrefix);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    languages.push_back((*it).substr(prefix.size()));
  return languages;
}

TextQuery::TextQuery(std::vector<std::string> languages, const EntityResolver& entities)
    : languages_(std::move(languages)), analyzer_(kQueryLanguage), entities_(entities) {
  if (std::find(languages_.begin(), languages_.end(), kQueryLanguage) == languages_.end())
    languages_.insert(languages_.begin(), kQueryLanguage);
  for (const std::string& language : languages_) stemmers_.push_back(analysis::stemmer_for(language));
}

TextQuery::TextQuery(std::vector<std::string> languages) : TextQuery(std::move(languages), own_entities_) {}

Xapian::Query TextQuery::Built::combined() const {
  if (scored.empty()) return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0.0);
  if (filter.empty()) return scored;
  return Xapian::Query(Xapian::Query::OP_FILTER, scored, filter);
}

bool TextQuery::is_stopword(const analysis::Word& word) const {
  for (const std::string& language : languages_)
    if (analysis::is_stopword(language, word.word)) return true;
  return false;
}

void TextQuery::use_terms(std::size_t terms) {
  terms_used_ += terms;
  if (terms_used_ > kMaxQueryTerms)
    throw QueryError("query too large: it would search more than " + std::to_string(kMaxQueryTerms) +
                     " index terms (each prefix* counts as " + std::to_string(kMaxPrefixExpansion) +
                     "); use fewer words or prefixes",
                     0, "query_too_large");
}

Xapian::Query TextQuery::word_query(const analysis::Word& word) {
  std::vector<std::string> stems;
  for (const Xapian::Stem& stemmer : stemmers_) analysis::folded_stems(stemmer, word, stems);
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  use_terms(stems.size() + 1);  // and the exact form
  std::vector<Xapian::Query> terms;
  for (const std::string& stem : stems) terms.emplace_back(schema::term(schema::kStemPrefix, stem));
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

Xapian::Query TextQuery::phrase_query(const std::vector<analysis::Word>& words) {
  use_terms(words.size());
  // Words stacked at one position (a name kept whole plus its remainder) are
  // alternatives for that position.
  std::vector<Xapian::Query> positions;
  for (const analysis::Word& word : words) {
    if (word.stacked && !positions.empty())
      positions.back() = Xapian::Query(Xapian::Query::OP_OR, positions.back(), Xapian::Query(word.word));
    else
      positions.emplace_back(word.word);
  }
  if (positions.size() == 1) return positions.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, positions.begin(), positions.end());
}

TextQuery::Built TextQuery::build(const QueryNode& node) {
  switch (node.kind) {
    case QueryNodeKind::kAll:
      return build_all(node);
    case QueryNodeKind::kAny:
      return build_any(node);
    case QueryNodeKind::kWord:
      return build_word(node);
    case QueryNodeKind::kPhrase: {
      std::vector<analysis::Word> words = analyzer_.words(node.text);
      if (words.empty()) return {};
      return {phrase_query(words), {}};
    }
    case QueryNodeKind::kPrefix:
      return build_prefix(node);
    case QueryNodeKind::kField:
      use_terms(1);
      return {{}, field_filter(node, query_, entities_)};
  }
  return {};
}

TextQuery::Built TextQuery::build_word(const QueryNode& node) {
  std::vector<analysis::Word> words = analyzer_.words(node.text);
  if (words.empty()) return {};  // punctuation
  bool single = std::all_of(words.begin() + 1, words.end(), [](const auto& w) { return w.stacked; });
  if (!single) return {phrase_query(words), {}};
  const analysis::Word& word = words.front();
  Xapian::Query query = word_query(word);
  for (std::size_t i = 1; i < words.size(); ++i)
    query = Xapian::Query(Xapian::Query::OP_OR, query, word_query(words[i]));
  if (word.exact != word.word && !node.excluded)
    exact_boosts_.emplace_back(schema::term(schema::kExactPrefix, word.exact));
  Built built{query, {}};
  built.stopword = is_stopword(word);
  return built;
}

TextQuery::Built TextQuery::build_prefix(const QueryNode& node) {
  std::vector<analysis::Word> words = analyzer_.words(node.text);
  words.erase(std::remove_if(words.begin(), words.end(), [](const auto& w) { return w.stacked; }), words.end());
  if (words.empty() || character_count(words.back().word) < kMinPrefixCharacters)
    throw query_error_at(query_, node.start, "prefix_too_short", "prefix '" + node.text + "*' is too short",
                         "give at least " + std::to_string(kMinPrefixCharacters) + " letters before the '*'", node.text);
  use_terms(kMaxPrefixExpansion);
  // The folded word terms (unprefixed) that start with the folded prefix: the
  // most frequent ones when there are too many.
  Xapian::Query expansion(Xapian::Query::OP_WILDCARD, words.back().word, kMaxPrefixExpansion,
                          Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT, Xapian::Query::OP_SYNONYM);
  if (words.size() == 1) return {expansion, {}};
  // "saint-éti*": Xapian phrases take terms only, so the words before the
  // prefix form a phrase that must appear with it.
  words.pop_back();
  return {Xapian::Query(Xapian::Query::OP_AND, phrase_query(words), expansion), {}};
}

TextQuery::Built TextQuery::build_all(const QueryNode& all) {
  std::vector<Built> included;
  std::vector<Xapian::Query> excluded;
  for (const QueryNode& child : all.children) {
    Built built = build(child);
    if (built.empty()) continue;
    if (child.excluded)
      excluded.push_back(built.combined());
    else
      included.push_back(std::move(built));
  }
  bool has_content = std::any_of(included.begin(), included.end(),
                                 [](const Built& b) { return !b.scored.empty() && !b.stopword; });
  std::vector<Xapian::Query> scored, filters;
  std::set<std::string> seen;  // descriptions of the scored parts
  for (const Built& built : included) {
    // Words with the same stems ("retraite retraites", "le les") are one
    // requirement: scored twice they would outweigh the other words, and
    // Xapian would walk the same posting list twice.
    if (!built.scored.empty() && (!built.stopword || !has_content) && seen.insert(built.scored.get_description()).second)
      scored.push_back(built.scored);
    if (!built.filter.empty()) filters.push_back(built.filter);
  }
  Built out;
  if (!scored.empty()) out.scored = combine(Xapian::Query::OP_AND, scored);
  if (!filters.empty()) out.filter = combine(Xapian::Query::OP_AND, filters);
  // A group of one stopword stays a stopword for the list around it.
  out.stopword = included.size() == 1 && excluded.empty() && included.front().stopword;
  if (excluded.empty()) return out;
  Xapian::Query unwanted = combine(Xapian::Query::OP_OR, excluded);
  if (!out.scored.empty())
    out.scored = Xapian::Query(Xapian::Query::OP_AND_NOT, out.scored, unwanted);
  else if (!out.filter.empty())
    out.filter = Xapian::Query(Xapian::Query::OP_AND_NOT, out.filter, unwanted);
  else
    throw query_error_at(query_, all.start, "only_exclusions", "no words to search for",
                         "exclusions (-word) need a word, a phrase or a field to exclude from");
  return out;
}

TextQuery::Built TextQuery::build_any(const QueryNode& any) {
  std::vector<Built> branches;
  for (const QueryNode& child : any.children) {
    Built built = build(child);
    if (!built.empty()) branches.push_back(std::move(built));
  }
  if (branches.empty()) return {};
  Built out;
  bool filters_only = std::all_of(branches.begin(), branches.end(), [](const Built& b) { return b.scored.empty(); });
  std::vector<Xapian::Query> parts;
  for (const Built& built : branches) parts.push_back(filters_only ? built.filter : built.combined());
  (filters_only ? out.filter : out.scored) = combine(Xapian::Query::OP_OR, parts);
  return out;
}

Xapian::Query TextQuery::parse(const std::string& text) {
  query_ = text;
  terms_used_ = 0;
  exact_boosts_.clear();
  QueryNode root = parse_query_syntax(text);
  Built built = build(root);
  if (built.empty())
    throw QueryError("no words to search for: give a word, a \"phrase\" or a field such as person:Name", 0, "no_words");
  if (built.scored.empty()) return Xapian::Query(Xapian::Query::OP_FILTER, match_all(), built.filter);
  Xapian::Query query = built.filter.empty() ? built.scored
                                             : Xapian::Query(Xapian::Query::OP_FILTER, built.scored, built.filter);
  std::sort(exact_boosts_.begin(), exact_boosts_.end());
  exact_boosts_.erase(std::unique(exact_boosts_.begin(), exact_boosts_.end()), exact_boosts_.end());
  if (!exact_boosts_.empty())
    query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                          Xapian::Query(Xapian::Query::OP_OR, exact_boosts_.begin(), exact_boosts_.end()));
  return query;
}

}  // namespace kiosque
