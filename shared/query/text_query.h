// Turns a search, as typed in `kiosque search` or the HTTP API, into a Xapian
// query. The syntax (words, "phrases", -exclusion, OR, parentheses, fields,
// prefix*) and its precedence are in query_syntax.h; this adds the meaning:
//
//   ukraine guerre      every word must match (BM25); stopwords ("la") are
//                       left out of an AND list that has other words, and
//                       searched when it has nothing else; question and
//                       filler words ("quelles", filler_words.h) weigh least.
//                       parse_parts() lets a search stop requiring some
//                       words (search/relaxation.h)
//   "saint étienne"     a quoted phrase, or a word that analyses into several
//   saint-etienne       (hyphens, elisions), matches as a phrase; a quoted
//                       phrase's words also in the other number ("marchands
//                       de sommeil"), scored as their own phrase
//   -guerre             excludes a word, phrase, group or field
//   a b OR c            (a AND b) OR c
//   négoci*             words of the index starting with "negoci" (accents
//                       folded): the kMaxPrefixExpansion most frequent
//   person:Putin        boolean filters (field_filter.h): they select articles
//   date:2023..2024     and do not change scores; a query of filters only
//                       matches every article that passes them
//
// Words go through the analysis chain the indexer used (analysis/analyzer.h),
// so a query word becomes the very terms its occurrences were indexed as: a
// word matches any of its stems in the index's languages, and the word as
// typed (with its plural, and its accents) ranks higher. A capitalised word
// is a name: it matches itself, its plural and the index's words that
// extend it with the same stem, never another word of its stem ("Benala"
// does not find "Benali", "Hollande" not "hollandais"). Typing variants (typed_forms.h): "d euros" is
// "d'euros", "G 20" and "G-20" and "G20" are one code, "St-Étienne" is
// "Saint-Étienne"; "bloquent" is also "bloquer". A capitalised word that is another spelling of a known
// entity also finds that entity's name ("Putin": "Vladimir Poutine").
// Limits are in query_limits.h.
//
// Not thread-safe (it owns an Analyzer): one per thread.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "names/entity_resolver.h"
#include "query/query_error.h"
#include "query/query_syntax.h"

namespace kiosque::query {

// A parsed query, split so that a search can stop requiring some of its
// words (search/relaxation.h): the plain words of its top-level list, and
// everything else (phrases, groups, prefixes, fields, exclusions), which
// always applies.
class ParsedQuery {
 public:
  struct Part {
    std::string text;     // as typed: "quelles", "saint-etienne", "G 20"
    Xapian::Query query;  // what it matches and scores
    bool filler = false;  // a question or filler word (filler_words.h)
    bool name = false;    // typed capitalised ("Ehpad", "Hollande")
    // Its words as indexed at a position (unprefixed terms), for the ranking
    // signals that read positions (search/news_signals.h): per word, the
    // forms that count as it. Empty for a stopword or a filler word.
    std::vector<std::vector<std::string>> positional;
    bool stopword = false;  // a lone stopword: the list has nothing else
  };

  // The query with the parts at `optional` (indexes into parts()) scoring
  // but not required; with none, every part is required.
  Xapian::Query query(const std::vector<std::size_t>& optional = {}) const;

  // The words whose matches an article's snippet and view highlight: all
  // but the filler words ("quelles", "pendant"), which say little of what
  // is searched; the exclusions and fields left out. Empty with no words.
  Xapian::Query shown_words() const;

  // The words a search may stop requiring, in query order; empty when the
  // query is not a list (an OR at the top).
  const std::vector<Part>& parts() const { return parts_; }

  // Whether its words are all stopwords ("le la les de"; fields and
  // exclusions aside): BM25 then orders nothing (search/newest_first.h).
  bool only_stopwords() const;

  // The names the query types: each run of capitalised words, with the
  // stopwords between them ("Marine Le Pen", "Tour de France"), as typed.
  const std::vector<std::string>& names() const { return names_; }
  // Per name of more than one word, its words as a phrase ("tour de
  // france"), for the ranking (search/news_signals.h).
  const std::vector<Xapian::Query>& name_phrases() const { return name_phrases_; }

 private:
  friend class TextQuery;
  std::vector<Part> parts_;
  Xapian::Query required_;  // scored parts that always apply
  Xapian::Query filter_;    // fields: select, do not score
  Xapian::Query excluded_;  // -word: must not match
  Xapian::Query boosts_;    // forms as typed: rank, never select
  std::vector<std::string> names_;
  std::vector<Xapian::Query> name_phrases_;
};

class TextQuery {
 public:
  // `languages`: ISO codes whose stemmers apply to query words, usually the
  // languages present in the index (indexed_languages()). `entities` resolves
  // person:, place: and org: values and must outlive this TextQuery.
  // `vocabulary`, when given, is the index searched: a capitalised word
  // then also matches the index's words that extend it with its stem
  // ("Verhandlung": verhandlungen), not only its plural.
  TextQuery(std::vector<std::string> languages, const names::EntityResolver& entities,
            const Xapian::Database* vocabulary = nullptr);
  // Without an index: person:, place: and org: values resolve to their own
  // name key, without aliases (enough to build and inspect queries).
  explicit TextQuery(std::vector<std::string> languages);
  TextQuery(const TextQuery&) = delete;
  TextQuery& operator=(const TextQuery&) = delete;

  // Throws QueryError for a query that cannot be searched.
  Xapian::Query parse(const std::string& text) { return parse_parts(text).query(); }
  ParsedQuery parse_parts(const std::string& text);

 private:
  // A part of the query: what scores (words, phrases) and what only filters
  // (fields); either may be empty (Xapian::Query().empty()).
  struct Built {
    Xapian::Query scored, filter;
    bool stopword = false;  // a lone stopword, left out when it has company
    bool filler = false;    // a lone filler word (filler_words.h)
    bool name = false;      // typed capitalised
    std::vector<std::vector<std::string>> positional;  // ParsedQuery::Part::positional
    bool empty() const { return scored.empty() && filter.empty(); }
    // Both parts as one query; a filter alone weighs nothing.
    Xapian::Query combined() const;
  };

  // The items of a list (kAll), built: what the list requires, excludes
  // and filters. `words` flags, per included item, a plain word that query
  // relaxation may drop.
  struct List {
    std::vector<Built> included;
    std::vector<std::string> texts;  // per included item, as typed
    std::vector<bool> words;
    std::vector<Xapian::Query> excluded;
    // Per included item, whether its scored part counts: stopwords are
    // left out of a list that has other words, a repeated requirement
    // counts once.
    std::vector<bool> scoring() const;
  };
  // A list's items as typed, with typing variants undone (typed_forms.h):
  // a bare elision letter dropped, a code typed apart made one word, two
  // words that the vocabulary has joined by an apostrophe joined
  // ("aujourd hui").
  std::vector<QueryNode> typed_items(const std::vector<QueryNode>& items) const;

  // The runs of capitalised words of a list (ParsedQuery::names()).
  static std::vector<std::string> name_runs(const List& list);
  Built build(const QueryNode& node);
  List build_list(const QueryNode& all);
  Built build_all(const QueryNode& all);
  Built build_any(const QueryNode& any);
  Built build_word(const QueryNode& word);
  Built build_prefix(const QueryNode& prefix);

  // The folded stems a query word matches in the index's languages, sorted.
  std::vector<std::string> word_stems(const analysis::Word& word, bool name) const;
  // `name`: typed capitalised, matched as typed rather than by stems.
  Xapian::Query word_query(const analysis::Word& word, bool name);
  // The word term that stands for `stem` in documents that wrote no stem
  // term for it (analysis/analyzer.h); empty when none did. `stems`: the
  // query word's stems, sorted.
  Xapian::Query stem_as_word(const std::string& stem, const std::vector<std::string>& stems) const;
  // `any_number`: each word but stopwords also in its plural, or its
  // singular (typed_forms.h same_word_forms), as a quoted phrase matches.
  Xapian::Query phrase_query(std::vector<analysis::Word> words, bool any_number = false);
  // `query` or, for a name the index knows as another spelling of a person,
  // place or organisation, that entity's name as a phrase ("Putin":
  // "vladimir poutine"), in every language, as the person: filter does.
  Xapian::Query with_entity_names(Xapian::Query query, const analysis::Word& word, const std::string& typed);
  // Appends to `out` the vocabulary's words that start with `word` and
  // share one of its `stems` (accents folded).
  void extending_words(const analysis::Word& word, const std::vector<std::string>& stems,
                       std::vector<std::string>& out) const;
  // The forms of `word` that count as it where positions are read: as
  // typed and its plural, and the vocabulary's words of its stems (a name:
  // those that extend it).
  std::vector<std::string> positional_forms(const analysis::Word& word, bool name) const;
  bool is_stopword(const analysis::Word& word) const;
  // Counts `terms` more index terms against kMaxQueryTerms.
  void use_terms(std::size_t terms);

  std::vector<std::string> languages_;
  std::vector<Xapian::Stem> stemmers_;
  analysis::Analyzer analyzer_;
  names::EntityResolver own_entities_;  // when given none
  const names::EntityResolver& entities_;
  const Xapian::Database* vocabulary_;

  // State of the parse() in progress.
  std::string_view query_;
  std::size_t terms_used_ = 0;
  std::vector<std::string> exact_boosts_;  // forms as typed of the query words (A and word terms)
};

// The languages of the documents in `db` (from its language terms).
std::vector<std::string> indexed_languages(const Xapian::Database& db);

}  // namespace kiosque::query
