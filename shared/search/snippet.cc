#include "search/snippet.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/normalize.h"
#include "analysis/stopwords.h"
#include "schema.h"

namespace kiosque::search {

namespace {

constexpr std::string_view kEllipsis = "…";

// A matched word: byte range in the text, and the query term it matched (so
// that a passage with two different query words beats one with the same word
// twice).
using Match = TextMatch;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The first code point of valid UTF-8 `text` (not empty).
char32_t first_code_point(std::string_view text) {
  UChar32 c;
  std::int32_t at = 0;
  U8_NEXT(text.data(), at, static_cast<std::int32_t>(text.size()), c);
  return c < 0 ? 0 : static_cast<char32_t>(c);
}

// std::isalnum in the "C" locale (the program never sets another), inline:
// it runs for every character of every result's text.
bool is_ascii_alnum(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t chars_between(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i) n += !is_continuation(text[i]);
  return n;
}

// The byte offset `chars` characters before (step -1) or after (+1) `at`.
std::size_t advance_chars(std::string_view text, std::size_t at, std::size_t chars, int step) {
  while (chars > 0) {
    if (step < 0 ? at == 0 : at >= text.size()) break;
    at += step;
    while (at > 0 && at < text.size() && is_continuation(text[at])) at += step;
    --chars;
  }
  return std::min(at, text.size());
}

// The longest prefix of `text` no longer than `limit` bytes that does not cut
// a character.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  while (limit > 0 && is_continuation(text[limit])) --limit;
  return text.substr(0, limit);
}

void collect_terms(const Xapian::Query& query, HighlightTerms& out) {
  if (query.get_type() == Xapian::Query::LEAF_TERM) {
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
      const std::string& term = *it;
      if (term.empty()) continue;
      if (term[0] == schema::kStemPrefix[0])
        out.stems.insert(term.substr(schema::kStemPrefix.size()));
      else if (term[0] == schema::kExactPrefix[0])
        out.exact.insert(term.substr(schema::kExactPrefix.size()));
      else if (term[0] < 'A' || term[0] > 'Z')  // words are folded: never an upper-case prefix
        out.words.insert(term);
    }
    return;
  }
  std::size_t n = query.get_num_subqueries();
  // AND_NOT's later subqueries are what must not match; FILTER's are filters.
  if (query.get_type() == Xapian::Query::OP_AND_NOT || query.get_type() == Xapian::Query::OP_FILTER) n = std::min<std::size_t>(n, 1);
  for (std::size_t i = 0; i < n; ++i) collect_terms(query.get_subquery(i), out);
}

// The term `word` matched, or "" (stems first: they are what most queries use).
std::string matched_term(analysis::Analyzer& analyzer, const analysis::Word& word, const HighlightTerms& terms) {
  if (!terms.stems.empty())
    for (const std::string& stem : analyzer.stems(word))
      if (terms.stems.count(stem)) return schema::term(schema::kStemPrefix, stem);
  if (terms.words.count(word.word)) return word.word;
  if (terms.exact.count(word.exact)) return schema::term(schema::kExactPrefix, word.exact);
  return "";
}

// The run of matches [first, last] inside `max_chars` with the most distinct
// terms, then the most matches, then the earliest.
std::pair<std::size_t, std::size_t> best_run(std::string_view text, const std::vector<Match>& matches,
                                             std::size_t max_chars) {
  std::pair<std::size_t, std::size_t> best{0, 0};
  std::size_t best_distinct = 0, best_count = 0;
  for (std::size_t first = 0; first < matches.size(); ++first) {
    std::vector<const std::string*> seen;
    for (std::size_t last = first; last < matches.size(); ++last) {
      if (chars_between(text, matches[first].start, matches[last].end) > max_chars) break;
      const std::string& term = matches[last].term;
      if (std::none_of(seen.begin(), seen.end(), [&](const std::string* s) { return *s == term; }))
        seen.push_back(&term);
      std::size_t count = last - first + 1;
      if (seen.size() > best_distinct || (seen.size() == best_distinct && count > best_count)) {
        best = {first, last};
        best_distinct = seen.size();
        best_count = count;
      }
    }
  }
  return best;
}

// Moves a cut at `at` (a start when `start`, else an end) to a word boundary
// without crossing `limit` (the matched span): a start goes forward to the
// next space, an end back to the previous one; if there is none before the
// span, the cut moves out to the span's own word boundary.
std::size_t snap(std::string_view text, std::size_t at, std::size_t limit, bool start) {
  if (start) {
    if (at == 0 || is_space(text[at - 1])) return at;
    for (std::size_t i = at; i < limit; ++i)
      if (is_space(text[i])) return i + 1;
    std::size_t i = limit;
    while (i > 0 && !is_space(text[i - 1])) --i;
    return i;
  }
  if (at >= text.size() || is_space(text[at])) return at;
  for (std::size_t i = at; i > limit; --i)
    if (is_space(text[i - 1])) return i - 1;
  std::size_t i = limit;
  while (i < text.size() && !is_space(text[i])) ++i;
  return i;
}

void append_escaped_char(std::string& out, char c) {
  switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
  }
}

// Where the last sentence in text[from, to) starts (after ". ", "? ", "! "
// or a line break), so that a snippet reads from a sentence's start when it
// can; `from` when no sentence starts there.
std::size_t sentence_start(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = to; i > from + 1; --i) {
    char end = text[i - 2], space = text[i - 1];
    if (text[i - 1] == '\n' || (is_space(space) && (end == '.' || end == '?' || end == '!'))) return i;
  }
  return from;
}

// Past a lone punctuation mark at `at` (", " left by a cut), not past `limit`.
std::size_t skip_punctuation(std::string_view text, std::size_t at, std::size_t limit) {
  std::size_t i = at;
  while (i < limit && !is_space(text[i]) && std::ispunct(static_cast<unsigned char>(text[i]))) ++i;
  if (i > at && i < limit && is_space(text[i])) {
    while (i < limit && is_space(text[i])) ++i;
    return i;
  }
  return at;
}

// Appends text[from, to) escaped, with runs of white space as one space.
void append_escaped(std::string& out, std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (is_space(text[i])) {
      if (out.empty() || out.back() != ' ') out += ' ';
      continue;
    }
    append_escaped_char(out, text[i]);
  }
}

}  // namespace

HighlightTerms highlight_terms(const Xapian::Query& query) {
  HighlightTerms terms;
  collect_terms(query, terms);
  return terms;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) append_escaped_char(out, c);
  return out;
}

char32_t SnippetMaker::folded_letter(char32_t c) {
  if (c < 0x80) return static_cast<char32_t>(std::tolower(static_cast<int>(c)));
  auto it = folded_letters_.find(c);
  if (it != folded_letters_.end()) return it->second;
  char buffer[U8_MAX_LENGTH];
  std::int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
  std::string folded = analysis::fold_accents(analysis::lower_case(std::string_view(buffer, static_cast<std::size_t>(length))));
  char32_t first = folded.empty() ? 0 : first_code_point(folded);
  return folded_letters_.emplace(c, first).first->second;
}

std::vector<char32_t> SnippetMaker::first_letters(const HighlightTerms& terms, const std::string& language) {
  // Snowball stemmers that remove prefixes.
  static const std::unordered_set<std::string> kPrefixStemmers = {"ar", "ga", "id", "ne", "ta"};
  std::vector<char32_t> letters;
  if (scan_ == Scan::kEverything || kPrefixStemmers.count(language.substr(0, language.find('-')))) return letters;
  for (const auto* set : {&terms.stems, &terms.words, &terms.exact})
    for (const std::string& term : *set) {
      if (term.empty()) continue;
      char32_t first = folded_letter(first_code_point(term));
      // Beyond two-byte UTF-8 (CJK, Thai...), words may start inside a run
      // of letters: only a full analysis finds them.
      if (first == 0 || first >= 0x800) return {};
      if (std::find(letters.begin(), letters.end(), first) == letters.end()) letters.push_back(first);
    }
  return letters;
}

std::vector<std::pair<std::size_t, std::size_t>> SnippetMaker::candidate_spans(std::string_view text,
                                                                               const std::vector<char32_t>& letters) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  bool previous_was_candidate = false;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t start = i;
    bool candidate = false, in_word = false;
    while (i < text.size() && !is_space(text[i])) {
      UChar32 c;
      std::int32_t at = static_cast<std::int32_t>(i);
      U8_NEXT(text.data(), at, static_cast<std::int32_t>(text.size()), c);
      i = static_cast<std::size_t>(at);
      // Letters from U+0800 on (CJK, Thai...) end a word here: a Latin word
      // right after Han characters starts there for the analysis too.
      bool alnum = c >= 0 && (c < 0x80 ? is_ascii_alnum(c) : c < 0x800 && u_isalnum(c) != 0);
      if (alnum && !in_word && !candidate)
        candidate = std::find(letters.begin(), letters.end(), folded_letter(static_cast<char32_t>(c))) != letters.end();
      in_word = alnum;
    }
    if (candidate) {
      if (previous_was_candidate)
        spans.back().second = i;  // the run before was one too: one span
      else
        spans.emplace_back(start, i);
    }
    previous_was_candidate = candidate;
  }
  return spans;
}

analysis::Analyzer& SnippetMaker::analyzer(const std::string& language) {
  auto& slot = analyzers_[language];
  if (!slot) slot = std::make_unique<analysis::Analyzer>(language);
  return *slot;
}

std::vector<TextMatch> SnippetMaker::find_matches(std::string_view text, const std::string& language,
                                                            const HighlightTerms& terms) {
  std::vector<Match> matches;
  if (!terms.empty()) {
    analysis::Analyzer& a = analyzer(language);
    // Analyses text[offset, offset + part.size()) and keeps its matches.
    auto add_matches = [&](std::string_view part, std::size_t offset) {
      for (const analysis::Word& word : a.words(part)) {
        std::string term = matched_term(a, word, terms);
        if (term.empty()) continue;
        std::size_t start = word.start + offset, end = word.end + offset;
        // A stacked reading of the same word ("djamena" in "n'djamena")
        // overlaps the previous match: keep one range covering both.
        if (!matches.empty() && start < matches.back().end) {
          matches.back().end = std::max(matches.back().end, end);
          continue;
        }
        matches.push_back({start, end, std::move(term)});
      }
    };
    std::vector<char32_t> letters = first_letters(terms, language);
    if (letters.empty()) {
      add_matches(text, 0);
    } else {
      for (const auto& span : candidate_spans(text, letters))
        add_matches(text.substr(span.first, span.second - span.first), span.first);
    }
  }
  keep_stopwords_in_phrases(text, language, matches);
  return matches;
}

void keep_stopwords_in_phrases(std::string_view text, const std::string& language, std::vector<TextMatch>& matches) {
  auto stopword = [&](const TextMatch& m) { return analysis::is_stopword(language, m.term); };
  if (std::all_of(matches.begin(), matches.end(), stopword)) return;  // a search of stopwords alone
  // Runs of matches with only spaces and punctuation between them.
  auto joined = [&](const TextMatch& a, const TextMatch& b) {
    for (std::int32_t at = static_cast<std::int32_t>(a.end); at < static_cast<std::int32_t>(b.start);) {
      UChar32 c;
      U8_NEXT(text.data(), at, static_cast<std::int32_t>(b.start), c);
      if (c >= 0 && u_isalnum(c)) return false;
    }
    return true;
  };
  std::vector<TextMatch> kept;
  for (std::size_t first = 0, last = 0; first < matches.size(); first = last) {
    last = first + 1;
    while (last < matches.size() && joined(matches[last - 1], matches[last])) ++last;
    // Its stopwords between its first and last words.
    std::size_t from = first, to = last;
    while (from < to && stopword(matches[from])) ++from;
    while (to > from && stopword(matches[to - 1])) --to;
    for (std::size_t i = from; i < to; ++i) kept.push_back(std::move(matches[i]));
  }
  matches = std::move(kept);
}

std::vector<std::pair<std::size_t, std::size_t>> SnippetMaker::match_ranges(std::string_view text,
                                                                            const std::string& language,
                                                                            const HighlightTerms& terms) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (const Match& m : find_matches(text, language, terms)) ranges.emplace_back(m.start, m.end);
  return ranges;
}

std::string SnippetMaker::make(std::string_view full_text, const std::string& language, const HighlightTerms& terms,
                               std::size_t max_chars) {
  std::string_view text = utf8_prefix(full_text, kSnippetScanBytes);
  std::vector<Match> matches = find_matches(text, language, terms);

  std::size_t span_start = 0, span_end = 0, first = 0, last = 0;
  if (!matches.empty()) {
    std::tie(first, last) = best_run(text, matches, max_chars);
    span_start = matches[first].start;
    span_end = matches[last].end;
  }
  // Spread the characters left around the matched span: a third before it,
  // the rest after (the text reads on from the match).
  std::size_t spare = max_chars - std::min(max_chars, chars_between(text, span_start, span_end));
  std::size_t before = matches.empty() ? 0 : spare / 3;
  std::size_t start = advance_chars(text, span_start, before, -1);
  if (start > 0) start = sentence_start(text, start, span_start);
  std::size_t after = spare - chars_between(text, start, span_start);
  std::size_t end = advance_chars(text, span_end, after, +1);
  start = skip_punctuation(text, snap(text, start, span_start, true), span_start);
  end = snap(text, end, span_end, false);

  std::string out;
  if (start > 0) out.append(kEllipsis).append(" ");
  std::size_t at = start;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const Match& m = matches[i];
    if (m.start < start || m.end > end) continue;
    append_escaped(out, text, at, m.start);
    out += "<mark>";
    append_escaped(out, text, m.start, m.end);
    out += "</mark>";
    at = m.end;
  }
  append_escaped(out, text, at, end);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (end < full_text.size()) out.append(" ").append(kEllipsis);
  return out;
}

}  // namespace kiosque::search
