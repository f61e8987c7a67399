#include "search/spelling.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>
#include <vector>

#include "analysis/normalize.h"
#include "analysis/stopwords.h"
#include "query/query_error.h"
#include "query/query_syntax.h"
#include "query/text_query.h"
#include "schema.h"
#include "search/edit_distance.h"

namespace kiosque::search {

namespace {

// Words shorter than this (in characters) are left alone: at one or two
// edits from a short word lie dozens of real words.
constexpr std::size_t kMinSuggestedLength = 4;
// Words up to this length get one edit, longer ones two.
constexpr std::size_t kOneEditMaxLength = 6;
// A word the index has is "rare" when it occurs in at most this many
// articles and a candidate occurs in kRarityRatio times more.
constexpr Xapian::doccount kRareFrequency = 2;
constexpr Xapian::doccount kRarityRatio = 20;
// Suggestions are computed with the query's analysis language.
constexpr const char* kSuggestionLanguage = "fr";

bool has_digit(const std::string& word) {
  return std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The first character of a UTF-8 word.
std::string first_character(const std::string& word) {
  unsigned char c = static_cast<unsigned char>(word[0]);
  std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return word.substr(0, length);
}

struct Replacement {
  std::size_t start, end;  // bytes of the query
  std::string text;
};

// The words of the query that a suggestion may replace, with their bytes.
void collect_words(const query::QueryNode& node, analysis::Analyzer& analyzer,
                   std::vector<std::pair<analysis::Word, std::size_t>>& out) {
  if (node.kind == query::QueryNodeKind::kAll || node.kind == query::QueryNodeKind::kAny) {
    for (const query::QueryNode& child : node.children) collect_words(child, analyzer, out);
    return;
  }
  if (node.kind != query::QueryNodeKind::kWord && node.kind != query::QueryNodeKind::kPhrase) return;
  for (analysis::Word& word : analyzer.words(node.text))
    if (!word.stacked) out.emplace_back(std::move(word), node.text_start);
}

}  // namespace

SpellingSuggester::SpellingSuggester(Xapian::Database db, KnownName known_name)
    : db_(std::move(db)), known_name_(std::move(known_name)), analyzer_(kSuggestionLanguage) {
  std::vector<std::string> languages = query::indexed_languages(db_);
  if (std::find(languages.begin(), languages.end(), kSuggestionLanguage) == languages.end())
    languages.emplace_back(kSuggestionLanguage);
  for (const std::string& language : languages) stemmers_.push_back(analysis::stemmer_for(language));
}

bool SpellingSuggester::same_stem(const std::string& word, const std::string& candidate) const {
  const std::string& shorter = word.size() < candidate.size() ? word : candidate;
  const std::string& longer = word.size() < candidate.size() ? candidate : word;
  if (longer.size() == shorter.size() + 1 && longer.compare(0, shorter.size(), shorter) == 0 &&
      (longer.back() == 's' || longer.back() == 'x'))
    return true;  // a plural
  for (const Xapian::Stem& stemmer : stemmers_) {
    std::string stem = stemmer(word);
    if (stem != word && stem == stemmer(candidate)) return true;
  }
  return false;
}

std::optional<std::string> SpellingSuggester::correct_word(const std::string& word) {
  std::u32string target = code_points(word);
  if (target.size() < kMinSuggestedLength || has_digit(word)) return std::nullopt;
  Xapian::doccount frequency = db_.get_termfreq(word);
  if (frequency > kRareFrequency) return std::nullopt;
  Xapian::doccount needed = frequency == 0 ? 1 : frequency * kRarityRatio;
  std::size_t limit = target.size() <= kOneEditMaxLength ? 1 : 2;

  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_frequency = 0;
  std::string first = first_character(word);
  for (auto it = db_.allterms_begin(first); it != db_.allterms_end(first); ++it) {
    Xapian::doccount candidate_frequency = it.get_termfreq();
    if (candidate_frequency < needed) continue;
    std::string candidate = *it;
    if (candidate == word) continue;
    std::size_t distance = edit_distance(target, code_points(candidate), limit);
    if (distance > limit || same_stem(word, candidate)) continue;
    if (distance < best_distance || (distance == best_distance && candidate_frequency > best_frequency)) {
      best = std::move(candidate);
      best_distance = distance;
      best_frequency = candidate_frequency;
    }
  }
  return best;
}

std::string SpellingSuggester::with_accents(const std::string& folded) const {
  // Accented forms are indexed as exact terms (schema::kExactPrefix) when
  // they differ from the folded word; look where they can start.
  static const std::map<char, std::vector<std::string>> kAccentedInitials = {
      {'a', {"à", "â", "ä"}}, {'e', {"é", "è", "ê", "ë"}}, {'i', {"î", "ï"}}, {'o', {"ô", "ö"}},
      {'u', {"ù", "û", "ü"}}, {'c', {"ç"}},                 {'y', {"ÿ"}},     {'n', {"ñ"}}};
  std::vector<std::string> initials = {folded.substr(0, 1)};
  if (auto it = kAccentedInitials.find(folded[0]); it != kAccentedInitials.end())
    initials.insert(initials.end(), it->second.begin(), it->second.end());
  std::string best = folded;
  Xapian::doccount best_frequency = 0;
  for (const std::string& initial : initials) {
    std::string prefix = schema::term(schema::kExactPrefix, initial);
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
      std::string exact = (*it).substr(schema::kExactPrefix.size());
      if (exact.size() < folded.size() || exact.size() > folded.size() * 2) continue;
      if (analysis::fold_accents(exact) != folded || it.get_termfreq() <= best_frequency) continue;
      best = exact;
      best_frequency = it.get_termfreq();
    }
  }
  // Keep the accents when at least half the articles with the word write them.
  return best_frequency * 2 >= db_.get_termfreq(folded) ? best : folded;
}

std::optional<std::string> SpellingSuggester::suggest(const std::string& query) {
  query::QueryNode root;
  try {
    root = query::parse_query_syntax(query);
  } catch (const query::QueryError&) {
    return std::nullopt;
  }
  std::vector<std::pair<analysis::Word, std::size_t>> words;
  collect_words(root, analyzer_, words);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const analysis::Word& word = words[i].first;
    const std::size_t offset = words[i].second;
    // "aujourd hui": the index's "aujourd'hui" typed apart, which the
    // search joins (query/text_query.h), is no misspelling.
    if (i + 1 < words.size() && db_.term_exists(word.word + "'" + words[i + 1].first.word)) {
      ++i;
      continue;
    }
    if (analysis::is_stopword(kSuggestionLanguage, word.word)) continue;
    if (known_name_ && known_name_(query.substr(offset + word.start, word.end - word.start))) continue;
    std::optional<std::string> correction = correct_word(word.word);
    if (!correction) continue;
    *correction = with_accents(*correction);
    // Keep a capital the user typed (on an ASCII first letter).
    if (std::isupper(static_cast<unsigned char>(query[offset + word.start])))
      (*correction)[0] = static_cast<char>(std::toupper(static_cast<unsigned char>((*correction)[0])));
    replacements.push_back({offset + word.start, offset + word.end, std::move(*correction)});
  }
  if (replacements.empty()) return std::nullopt;
  std::string suggestion = query;
  std::sort(replacements.begin(), replacements.end(),
            [](const Replacement& a, const Replacement& b) { return a.start > b.start; });
  for (const Replacement& r : replacements) suggestion.replace(r.start, r.end - r.start, r.text);
  return suggestion;
}

}  // namespace kiosque::search
