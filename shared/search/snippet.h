// Query-biased snippets: a short extract of an article's text, chosen where
// the query's words are densest, with each matching word wrapped in
// <mark>...</mark> and everything else HTML-escaped, ready for a page's
// innerHTML (an article containing "<script>" shows "&lt;script&gt;").
//
// A text word matches when the analysis that indexed it (analysis/analyzer.h,
// in the article's language) gives one of the query's terms: its folded stem
// (Z), its folded form (phrases) or its accented form (A). So "ukraine"
// highlights the "Ukraine" of "l'Ukraine", and "négociations" highlights
// "négocier". The terms come from the Xapian query itself, whatever parser
// built it; excluded words ("-russie") are not highlighted.
//
// Not a search: the caller gives the text of an article already found.
// Not thread-safe (it owns analyzers): one SnippetMaker per thread.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analysis/analyzer.h"

namespace kiosque::search {

// A snippet's length, in characters (code points) of text, ellipses and
// markup aside. Cuts fall between words, so a snippet may be a little shorter.
inline constexpr std::size_t kSnippetChars = 240;

// Only this many bytes of an article are read for its snippet: a huge
// article's best passage is looked for in its beginning.
inline constexpr std::size_t kSnippetScanBytes = 64 * 1024;

// The terms of a query that highlighting looks for.
struct HighlightTerms {
  std::unordered_set<std::string> words;  // folded forms (unprefixed terms)
  std::unordered_set<std::string> stems;  // folded stems, without the Z prefix
  std::unordered_set<std::string> exact;  // accented forms, without the A prefix
  bool empty() const { return words.empty() && stems.empty() && exact.empty(); }
};

// The word, stem and exact terms of `query`, except those under the right
// side of AND_NOT (excluded words). Other prefixes (filters) are ignored.
HighlightTerms highlight_terms(const Xapian::Query& query);

// A word of a text that matches a query term.
struct TextMatch {
  std::size_t start, end;  // bytes
  std::string term;        // the term it matched
};

// Drops from `matches` (in text order) each stopword ("de", "la": a quoted
// phrase's) that is not between two matched words, with only spaces and
// punctuation between them: "marchand de sommeil", not "mois de prison"
// nor the last "de" of "marchand de sommeil de Bobigny". All of them stay
// when every match is a stopword (a search of stopwords alone).
void keep_stopwords_in_phrases(std::string_view text, const std::string& language, std::vector<TextMatch>& matches);

// &, <, >, " and ' as entities; the rest unchanged.
std::string html_escape(std::string_view text);

class SnippetMaker {
 public:
  // Where make() runs the analysis: kCandidates, only on the stretches of
  // text with a word that begins with the first letter of a query term (the
  // Snowball stemmers of most languages only change a word's end, so a stem
  // begins as its words do; for those that remove prefixes, and for query
  // words in scripts written without spaces, everywhere); kEverything, on
  // all the text: the reference that tests compare kCandidates with.
  enum class Scan { kCandidates, kEverything };
  explicit SnippetMaker(Scan scan = Scan::kCandidates) : scan_(scan) {}

  // The snippet of `text` (an article's body text, valid UTF-8, in ISO 639-1
  // `language`). With no match (or no terms), the beginning of the text.
  // An ellipsis ("…") marks text left out before or after.
  std::string make(std::string_view text, const std::string& language, const HighlightTerms& terms,
                   std::size_t max_chars = kSnippetChars);

  // Every word of `text` (all of it: an article shown whole) that matches
  // `terms`, as byte ranges [start, end) in text order, for highlighting
  // query words in a page's article view.
  std::vector<std::pair<std::size_t, std::size_t>> match_ranges(std::string_view text, const std::string& language,
                                                                const HighlightTerms& terms);

 private:
  std::vector<TextMatch> find_matches(std::string_view text, const std::string& language, const HighlightTerms& terms);
  analysis::Analyzer& analyzer(const std::string& language);
  // A letter lower-cased and without accents, as analysis spells it ("É" ->
  // 'e', "Œ" -> 'o'): the first code point of its folded form.
  char32_t folded_letter(char32_t c);
  // The folded first letters of `terms`; empty when the candidate scan
  // cannot be trusted for them in `language`.
  std::vector<char32_t> first_letters(const HighlightTerms& terms, const std::string& language);
  // Byte ranges of `text` to analyse: runs of words between white space,
  // each with a word (after any punctuation: "l'Ukraine") that begins with
  // one of `letters`.
  std::vector<std::pair<std::size_t, std::size_t>> candidate_spans(std::string_view text,
                                                                   const std::vector<char32_t>& letters);

  Scan scan_;
  std::map<std::string, std::unique_ptr<analysis::Analyzer>> analyzers_;
  std::unordered_map<char32_t, char32_t> folded_letters_;  // beyond ASCII
};

}  // namespace kiosque::search
