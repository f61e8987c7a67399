#include "query/text_query.h"

#include <algorithm>

#include "analysis/stopwords.h"
#include "schema.h"

namespace kiosque {

namespace {

// The query language: French first, like the archives Kiosque is built for.
constexpr const char* kQueryLanguage = "fr";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::vector<std::string> indexed_languages(const Xapian::Database& db) {
  std::vector<std::string> languages;
  const std::string prefix(schema::kLanguagePrefix);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    languages.push_back((*it).substr(prefix.size()));
  return languages;
}

TextQuery::TextQuery(std::vector<std::string> languages)
    : languages_(std::move(languages)), analyzer_(kQueryLanguage) {
  if (std::find(languages_.begin(), languages_.end(), kQueryLanguage) == languages_.end())
    languages_.insert(languages_.begin(), kQueryLanguage);
  for (const std::string& language : languages_) stemmers_.push_back(analysis::stemmer_for(language));
}

std::vector<TextQuery::Part> TextQuery::split(const std::string& text) {
  std::vector<Part> parts;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i == text.size()) break;
    Part part;
    if (text[i] == '-' && i + 1 < text.size() && !is_space(text[i + 1])) part.excluded = true, ++i;
    if (text[i] == '"') {
      std::size_t close = text.find('"', i + 1);
      if (close == std::string::npos)
        throw QueryError("unbalanced quote at character " + std::to_string(i + 1) + ": close the phrase with '\"'");
      part.text = text.substr(i + 1, close - i - 1);
      part.phrase = true;
      i = close + 1;
    } else {
      std::size_t end = i;
      while (end < text.size() && !is_space(text[end]) && text[end] != '"') ++end;
      part.text = text.substr(i, end - i);
      i = end;
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

bool TextQuery::is_stopword(const analysis::Word& word) const {
  for (const std::string& language : languages_)
    if (analysis::is_stopword(language, word.word)) return true;
  return false;
}

Xapian::Query TextQuery::word_query(const analysis::Word& word) {
  std::vector<std::string> stems;
  for (const Xapian::Stem& stemmer : stemmers_) analysis::folded_stems(stemmer, word, stems);
  std::vector<Xapian::Query> terms;
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  for (const std::string& stem : stems) terms.emplace_back(schema::term(schema::kStemPrefix, stem));
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

Xapian::Query TextQuery::phrase_query(const std::vector<analysis::Word>& words) {
  // Words stacked at one position (a name kept whole plus its remainder) are
  // alternatives for that position.
  std::vector<Xapian::Query> positions;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].stacked && !positions.empty())
      positions.back() = Xapian::Query(Xapian::Query::OP_OR, positions.back(), Xapian::Query(words[i].word));
    else
      positions.emplace_back(words[i].word);
  }
  if (positions.size() == 1) return positions.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, positions.begin(), positions.end());
}

Xapian::Query TextQuery::parse(const std::string& text) {
  struct Clause {
    Xapian::Query query;
    bool excluded;
    bool stopword;
  };
  std::vector<Clause> clauses;
  std::vector<Xapian::Query> exact_boosts;
  for (const Part& part : split(text)) {
    std::vector<analysis::Word> words = analyzer_.words(part.text);
    if (words.empty()) continue;
    bool single = std::none_of(words.begin() + 1, words.end(), [](const auto& w) { return !w.stacked; });
    if (single && !part.phrase) {
      const analysis::Word& word = words.front();
      Xapian::Query query = word_query(word);
      for (std::size_t i = 1; i < words.size(); ++i)
        query = Xapian::Query(Xapian::Query::OP_OR, query, word_query(words[i]));
      clauses.push_back({query, part.excluded, is_stopword(word)});
      if (word.exact != word.word && !part.excluded)
        exact_boosts.emplace_back(schema::term(schema::kExactPrefix, word.exact));
    } else {
      clauses.push_back({phrase_query(words), part.excluded, false});
    }
  }
  bool has_content = std::any_of(clauses.begin(), clauses.end(), [](const Clause& c) { return !c.excluded && !c.stopword; });
  bool has_positive = std::any_of(clauses.begin(), clauses.end(), [](const Clause& c) { return !c.excluded; });
  if (!has_positive) throw QueryError("the query has no words to search for (only exclusions or punctuation)");

  std::vector<Xapian::Query> required, excluded;
  for (const Clause& clause : clauses) {
    if (clause.excluded)
      excluded.push_back(clause.query);
    else if (!has_content || !clause.stopword)
      required.push_back(clause.query);
  }
  Xapian::Query query(Xapian::Query::OP_AND, required.begin(), required.end());
  if (!excluded.empty())
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                          Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
  if (!exact_boosts.empty())
    query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                          Xapian::Query(Xapian::Query::OP_OR, exact_boosts.begin(), exact_boosts.end()));
  return query;
}

}  // namespace kiosque
