#include "query/text_query.h"

#include <algorithm>
#include <set>

#include "analysis/normalize.h"
#include "analysis/stopwords.h"
#include "query/field_filter.h"
#include "query/filler_words.h"
#include "query/match_all.h"
#include "query/query_limits.h"
#include "query/typed_forms.h"
#include "schema.h"

namespace kiosque::query {

namespace {

// The query language: French first, like the archives Kiosque is built for.
constexpr const char* kQueryLanguage = "fr";

Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  if (parts.size() == 1) return parts.front();
  return Xapian::Query(op, parts.begin(), parts.end());
}

// A capitalised word's other forms: index words that start with it, at
// most this many bytes longer ("verhandlung" -> "verhandlungen"), among the
// first kMaxExtendingWords of them.
constexpr std::size_t kMaxEndingBytes = 4;
// How much the forms as typed add, against 1 for the word's stems: enough to
// order articles that match a word alike, not to outweigh another word.
constexpr double kTypedFormWeight = 0.25;
constexpr std::size_t kMaxExtendingWords = 200;

analysis::Word plain_word(const std::string& word) {
  analysis::Word w;
  w.exact = w.word = word;
  return w;
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

TextQuery::TextQuery(std::vector<std::string> languages, const names::EntityResolver& entities,
                     const Xapian::Database* vocabulary)
    : languages_(std::move(languages)), analyzer_(kQueryLanguage), entities_(entities), vocabulary_(vocabulary) {
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

std::vector<std::string> TextQuery::word_stems(const analysis::Word& word, bool name) const {
  std::vector<std::string> stems;
  for (const Xapian::Stem& stemmer : stemmers_) analysis::folded_stems(stemmer, word, stems);
  // A verb typed in the third person plural: its infinitive's stems too,
  // where the index says it is a verb (query/typed_forms.h infinitives).
  if (!name && vocabulary_) {
    const Xapian::doccount typed = vocabulary_->get_termfreq(word.word);
    for (const std::string& infinitive : infinitives(word.word))
      if (vocabulary_->get_termfreq(infinitive) > typed)
        for (const Xapian::Stem& stemmer : stemmers_) analysis::folded_stems(stemmer, plain_word(infinitive), stems);
  }
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}

Xapian::Query TextQuery::word_query(const analysis::Word& word, bool name) {
  std::vector<std::string> stems = word_stems(word, name);
  std::vector<std::string> terms;
  if (name) {
    terms = same_word_forms(word.word);
    if (vocabulary_) extending_words(word, stems, terms);
    for (std::string& term : terms) term = schema::term(schema::kWordPrefix, term);
    use_terms(terms.size() + 1);  // and the exact form
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
  }
  std::vector<Xapian::Query> parts;
  for (const std::string& stem : stems) parts.emplace_back(schema::term(schema::kStemPrefix, stem));
  for (const std::string& stem : stems)
    if (Xapian::Query word_term = stem_as_word(stem, stems); !word_term.empty()) parts.push_back(word_term);
  // The word terms are the same stems stored another way: the limit counts stems.
  use_terms(stems.size() + 1);  // and the exact form
  return Xapian::Query(Xapian::Query::OP_SYNONYM, parts.begin(), parts.end());
}

Xapian::Query TextQuery::stem_as_word(const std::string& stem, const std::vector<std::string>& stems) const {
  // Documents left out the stem term only in languages whose stemmer gives
  // the word back. The word term alone is right when every language stems it
  // to one of the query's stems (each document holding it matched anyway);
  // otherwise it is searched in those languages only.
  std::vector<Xapian::Query> own_languages;
  bool everywhere = true;
  for (std::size_t i = 0; i < stemmers_.size(); ++i) {
    if (analysis::stems_to_itself(stemmers_[i], stem))
      own_languages.emplace_back(schema::term(schema::kLanguagePrefix, languages_[i]));
    else if (!std::binary_search(stems.begin(), stems.end(), analysis::fold_accents(stemmers_[i](stem))))
      everywhere = false;
  }
  if (own_languages.empty()) return {};
  Xapian::Query word_term(schema::term(schema::kWordPrefix, stem));
  if (everywhere) return word_term;
  return Xapian::Query(Xapian::Query::OP_FILTER, word_term,
                       Xapian::Query(Xapian::Query::OP_OR, own_languages.begin(), own_languages.end()));
}

void TextQuery::extending_words(const analysis::Word& word, const std::vector<std::string>& stems,
                                std::vector<std::string>& out) const {
  const std::string& typed = word.word;
  std::size_t considered = 0;
  for (auto it = vocabulary_->allterms_begin(typed); it != vocabulary_->allterms_end(typed); ++it) {
    if (++considered > kMaxExtendingWords) break;
    const std::string& candidate = *it;
    if (candidate == typed || candidate.size() > typed.size() + kMaxEndingBytes) continue;
    for (const Xapian::Stem& stemmer : stemmers_)
      if (std::find(stems.begin(), stems.end(), analysis::fold_accents(stemmer(candidate))) != stems.end()) {
        if (std::find(out.begin(), out.end(), candidate) == out.end()) out.push_back(candidate);
        break;
      }
  }
}

Xapian::Query TextQuery::with_entity_names(Xapian::Query query, const analysis::Word& word, const std::string& typed) {
  using entities::EntityType;
  for (EntityType type : {EntityType::kPerson, EntityType::kPlace, EntityType::kOrganisation}) {
    if (!entities_.known(type, typed)) continue;
    std::vector<analysis::Word> words = analyzer_.words(entities_.key(type, typed));
    // "Sarkozy" -> "Nicolas Sarkozy" finds nothing more.
    if (words.empty() || std::any_of(words.begin(), words.end(), [&](const auto& w) { return w.word == word.word; }))
      continue;
    query = Xapian::Query(Xapian::Query::OP_OR, query, phrase_query(words));
  }
  return query;
}

Xapian::Query TextQuery::phrase_query(std::vector<analysis::Word> words, bool any_number) {
  // "milliards d euros": a letter that lost its apostrophe is the elision
  // the index dropped.
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (!words[i].stacked && !words[i + 1].stacked && is_bare_elision(words[i].word, words[i + 1].word))
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i--));
  use_terms(words.size());
  // Words stacked at one position (a name kept whole plus its remainder) are
  // alternatives for that position, as is the word an abbreviation stands
  // for ("st-etienne": saint).
  std::vector<Xapian::Query> positions;
  for (const analysis::Word& word : words) {
    Xapian::Query term(word.word);
    if (any_number && !word.stacked && !is_stopword(word)) {
      std::vector<std::string> forms = same_word_forms(word.word);
      use_terms(forms.size() - 1);
      term = Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
    }
    if (std::optional<std::string> full = spelled_out(word.word))
      term = Xapian::Query(Xapian::Query::OP_OR, term, Xapian::Query(*full));
    if (word.stacked && !positions.empty())
      positions.back() = Xapian::Query(Xapian::Query::OP_OR, positions.back(), term);
    else
      positions.push_back(term);
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
      // Singular or plural ("marchands de sommeil" too). An article with the
      // phrase as typed weighs what it would without the other numbers.
      Xapian::Query exact = phrase_query(words), any_number = phrase_query(words, true);
      if (any_number.get_length() == exact.get_length()) return {exact, {}};
      return {Xapian::Query(Xapian::Query::OP_OR, exact, Xapian::Query(Xapian::Query::OP_AND_NOT, any_number, exact)),
              {}};
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
  if (!single) {
    std::vector<std::vector<std::string>> positional;
    std::string joined;  // "vont-elles"
    for (const analysis::Word& w : words) {
      if (w.stacked && !positional.empty()) positional.back().push_back(w.word);
      else positional.push_back({w.word});
      joined += (joined.empty() ? "" : "-") + w.word;
    }
    Xapian::Query phrase = phrase_query(words);
    // "G-20", "G 20": also the code written glued ("G20").
    if (words.size() == 2 && is_code(words[0].word, words[1].word)) {
      use_terms(1);
      phrase = Xapian::Query(Xapian::Query::OP_OR, phrase, Xapian::Query(words[0].word + words[1].word));
    }
    Built built{phrase, {}};
    built.name = analysis::starts_upper_case(node.text);
    // "vont-elles", "a-t-il": a question's verb, not a topic.
    built.filler = !built.name && is_inverted_question(joined);
    if (built.filler) built.scored = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, phrase, kFillerWeight);
    if (!node.excluded && !built.filler) built.positional = std::move(positional);
    return built;
  }
  const analysis::Word& word = words.front();
  const bool name = analysis::starts_upper_case(node.text);
  Xapian::Query query = word_query(word, name);
  for (std::size_t i = 1; i < words.size(); ++i)
    query = Xapian::Query(Xapian::Query::OP_OR, query, word_query(words[i], name));
  if (std::optional<std::string> full = spelled_out(word.word))
    query = Xapian::Query(Xapian::Query::OP_OR, query, word_query(plain_word(*full), false));
  if (name && !node.excluded) query = with_entity_names(query, word, node.text);
  // "COVID19": also the code written apart or hyphenated ("COVID-19").
  if (std::optional<std::pair<std::string, std::string>> code = split_code(word.word))
    query = Xapian::Query(Xapian::Query::OP_OR, query,
                          phrase_query({plain_word(code->first), plain_word(code->second)}));
  Built built{query, {}};
  built.stopword = is_stopword(word);
  built.filler = is_filler_word(word.word);
  built.name = name;
  if (built.filler) built.scored = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, kFillerWeight);
  if (!node.excluded && !built.stopword && !built.filler) {
    built.positional = {positional_forms(word, name)};
    for (std::size_t i = 1; i < words.size(); ++i)
      for (std::string& form : positional_forms(words[i], name)) built.positional.front().push_back(std::move(form));
  }
  // A filler word weighs too little to need its form as typed ranked.
  if (!node.excluded && !built.filler) {
    if (word.exact != word.word) exact_boosts_.emplace_back(schema::term(schema::kExactPrefix, word.exact));
    // The word as typed ranks above other words of its stem ("conseiller",
    // not "conseil"); a name matches only those forms already.
    if (!name && !built.stopword && !built.filler)
      for (const std::string& form : same_word_forms(word.word))
        exact_boosts_.push_back(schema::term(schema::kWordPrefix, form));
  }
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

std::vector<QueryNode> TextQuery::typed_items(const std::vector<QueryNode>& items) const {
  auto folded = [](const QueryNode& node) { return analysis::fold_accents(analysis::lower_case(node.text)); };
  auto plain = [](const QueryNode& node) { return node.kind == QueryNodeKind::kWord && !node.excluded; };
  std::vector<QueryNode> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const QueryNode& item = items[i];
    if (i + 1 < items.size() && plain(item) && plain(items[i + 1])) {
      std::string word = folded(item), next = folded(items[i + 1]);
      if (is_bare_elision(word, next)) continue;  // "d euros": the apostrophe was left out
      if (is_code(word, next)) {                  // "G 20": one code
        out.push_back(item);
        out.back().text += " " + items[++i].text;
        continue;
      }
      if (vocabulary_ && vocabulary_->term_exists(word + "'" + next)) {  // "aujourd hui"
        out.push_back(item);
        out.back().text += "'" + items[++i].text;
        continue;
      }
    }
    out.push_back(item);
  }
  return out;
}

TextQuery::List TextQuery::build_list(const QueryNode& all) {
  List list;
  for (const QueryNode& child : typed_items(all.children)) {
    Built built = build(child);
    if (built.empty()) continue;
    if (child.excluded) {
      list.excluded.push_back(built.combined());
    } else {
      list.included.push_back(std::move(built));
      list.texts.push_back(child.text);
      list.words.push_back(child.kind == QueryNodeKind::kWord);
    }
  }
  return list;
}

std::vector<bool> TextQuery::List::scoring() const {
  bool has_content = std::any_of(included.begin(), included.end(),
                                 [](const Built& b) { return !b.scored.empty() && !b.stopword; });
  std::vector<bool> out;
  std::set<std::string> seen;  // descriptions of the scored parts
  for (const Built& built : included) {
    // Words with the same stems ("retraite retraites", "le les") are one
    // requirement: scored twice they would outweigh the other words, and
    // Xapian would walk the same posting list twice.
    out.push_back(!built.scored.empty() && (!built.stopword || !has_content) &&
                  seen.insert(built.scored.get_description()).second);
  }
  return out;
}

std::vector<std::string> TextQuery::name_runs(const List& list) {
  std::vector<std::string> runs;
  std::string run, gap;  // gap: the stopwords after the run's last name
  for (std::size_t i = 0; i < list.included.size(); ++i) {
    const Built& built = list.included[i];
    if (list.words[i] && built.name) {
      run += (run.empty() ? "" : " ") + gap + list.texts[i];
      gap.clear();
    } else if (list.words[i] && built.stopword && !run.empty()) {
      gap += list.texts[i] + " ";
    } else if (!run.empty()) {
      runs.push_back(std::move(run));
      run.clear();
      gap.clear();
    }
  }
  if (!run.empty()) runs.push_back(std::move(run));
  return runs;
}

TextQuery::Built TextQuery::build_all(const QueryNode& all) {
  List list = build_list(all);
  std::vector<Xapian::Query> scored, filters;
  std::vector<bool> scoring = list.scoring();
  for (std::size_t i = 0; i < list.included.size(); ++i) {
    const Built& built = list.included[i];
    if (scoring[i]) scored.push_back(built.scored);
    if (!built.filter.empty()) filters.push_back(built.filter);
  }
  Built out;
  if (!scored.empty()) out.scored = combine(Xapian::Query::OP_AND, scored);
  if (!filters.empty()) out.filter = combine(Xapian::Query::OP_AND, filters);
  // A group of one stopword stays a stopword for the list around it.
  out.stopword = list.included.size() == 1 && list.excluded.empty() && list.included.front().stopword;
  if (list.excluded.empty()) return out;
  Xapian::Query unwanted = combine(Xapian::Query::OP_OR, list.excluded);
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

Xapian::Query ParsedQuery::query(const std::vector<std::size_t>& optional) const {
  std::vector<Xapian::Query> required, maybe;
  if (!required_.empty()) required.push_back(required_);
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    bool is_optional = std::find(optional.begin(), optional.end(), i) != optional.end();
    (is_optional ? maybe : required).push_back(parts_[i].query);
  }
  if (required.empty()) {
    // Fields only (relaxation always keeps a word): every article that passes them.
    Xapian::Query all(Xapian::Query::OP_FILTER, match_all(), filter_);
    return excluded_.empty() ? all : Xapian::Query(Xapian::Query::OP_AND_NOT, all, excluded_);
  }
  Xapian::Query query = combine(Xapian::Query::OP_AND, required);
  if (!maybe.empty()) query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, combine(Xapian::Query::OP_OR, maybe));
  if (!excluded_.empty()) query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, excluded_);
  if (!filter_.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter_);
  if (!boosts_.empty()) query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, boosts_);
  return query;
}

bool ParsedQuery::only_stopwords() const {
  return !parts_.empty() && required_.empty() &&
         std::all_of(parts_.begin(), parts_.end(), [](const Part& part) { return part.stopword; });
}

Xapian::Query ParsedQuery::shown_words() const {
  std::vector<Xapian::Query> shown;
  for (const Part& part : parts_)
    if (!part.filler) shown.push_back(part.query);
  for (const Xapian::Query& query : {required_, boosts_})
    if (!query.empty()) shown.push_back(query);
  return combine(Xapian::Query::OP_OR, shown);
}

ParsedQuery TextQuery::parse_parts(const std::string& text) {
  query_ = text;
  terms_used_ = 0;
  exact_boosts_.clear();
  QueryNode root = parse_query_syntax(text);
  ParsedQuery parsed;
  if (root.kind == QueryNodeKind::kAll) {
    List list = build_list(root);
    std::vector<Xapian::Query> required, filters;
    std::vector<bool> scoring = list.scoring();
    for (std::size_t i = 0; i < list.included.size(); ++i) {
      const Built& built = list.included[i];
      if (scoring[i]) {
        if (list.words[i])
          parsed.parts_.push_back({list.texts[i], built.scored, built.filler, built.name, built.positional, built.stopword});
        else
          required.push_back(built.scored);
      }
      if (!built.filter.empty()) filters.push_back(built.filter);
    }
    parsed.names_ = name_runs(list);
    for (const std::string& name : parsed.names_) {
      std::vector<analysis::Word> words = analyzer_.words(name);
      // (One typed word, "Notre-Dame", is a required phrase already.)
      if (name.find(' ') != std::string::npos && words.size() > 1) parsed.name_phrases_.push_back(phrase_query(words));
    }
    if (!required.empty()) parsed.required_ = combine(Xapian::Query::OP_AND, required);
    if (!filters.empty()) parsed.filter_ = combine(Xapian::Query::OP_AND, filters);
    if (!list.excluded.empty()) parsed.excluded_ = combine(Xapian::Query::OP_OR, list.excluded);
    if (parsed.parts_.empty() && required.empty() && filters.empty() && !list.excluded.empty())
      throw query_error_at(query_, root.start, "only_exclusions", "no words to search for",
                           "exclusions (-word) need a word, a phrase or a field to exclude from");
  } else {
    Built built = build(root);
    parsed.required_ = built.scored;
    parsed.filter_ = built.filter;
  }
  if (parsed.parts_.empty() && parsed.required_.empty() && parsed.filter_.empty())
    throw QueryError("no words to search for: give a word, a \"phrase\" or a field such as person:Name", 0, "no_words");
  std::sort(exact_boosts_.begin(), exact_boosts_.end());
  exact_boosts_.erase(std::unique(exact_boosts_.begin(), exact_boosts_.end()), exact_boosts_.end());
  if (!exact_boosts_.empty())
    parsed.boosts_ = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                   Xapian::Query(Xapian::Query::OP_OR, exact_boosts_.begin(), exact_boosts_.end()),
                                   kTypedFormWeight);
  return parsed;
}

}  // namespace kiosque::query
