#include "extraction/alias_matcher.h"

#include <algorithm>
#include <initializer_list>

#include "analysis/analyzer.h"
#include "analysis/language_profile.h"
#include "analysis/normalize.h"
#include "names/name_key.h"

namespace kiosque::extraction {

namespace {

using analysis::starts_upper_case;

std::string first_word(const std::string& key) { return key.substr(0, key.find(' ')); }

// Shortest one-word alias (in bytes) matched by its stem: shorter stems collide.
constexpr std::size_t kMinStemmedAlias = 5;

std::string stem_key(const Xapian::Stem& stemmer, std::string_view word) {
  return names::name_key(stemmer(analysis::lower_case(word)));
}

// The stems of a name's words, as one key: "Europäischen Kommission" and
// "Europäische Kommission" give the same.
std::string stems_key(const Xapian::Stem& stemmer, std::string_view name) {
  std::string key;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of(" -", start);
    if (end == std::string_view::npos) end = name.size();
    if (end > start) {
      if (!key.empty()) key += ' ';
      key += stem_key(stemmer, name.substr(start, end - start));
    }
    start = end + 1;
  }
  return key;
}

}  // namespace

bool AliasMatcher::inflects(const Stemmed& stemmed, const std::string& stem, const std::string& word_key) {
  auto it = stemmed.one_word_keys.find(stem);
  if (it == stemmed.one_word_keys.end()) return true;  // an alias of several words
  const std::string& alias = it->second;
  // An ending added ("Moskaus", "Putina") or, after a final vowel, put in
  // its place ("Moskve", "Moskvu" for "Moskva"); never another word that
  // shares a stem ("Sommer" for "Somme", "Gang" for "Gange").
  auto one_of = [](std::string_view ending, std::initializer_list<std::string_view> endings) {
    return std::find(endings.begin(), endings.end(), ending) != endings.end();
  };
  if (word_key.compare(0, alias.size(), alias) == 0)
    return one_of(std::string_view(word_key).substr(alias.size()),
                  {"", "s", "es", "n", "en", "e", "a", "u", "om", "y", "i", "ie", "ii", "ov", "oj", "ym"});
  if (alias.empty() || std::string_view("aeiouy").find(alias.back()) == std::string_view::npos) return false;
  const std::size_t base = alias.size() - 1;
  if (word_key.compare(0, base, alias, 0, base) != 0) return false;
  return one_of(std::string_view(word_key).substr(base), {"u", "e", "y", "i", "oj", "ej", "ou", "oi", "ei"});
}

AliasMatcher::AliasMatcher(const names::AliasTable& table) {
  std::vector<std::pair<std::string, Xapian::Stem>> stemmers;
  for (const analysis::LanguageProfile& profile : analysis::language_profiles()) {
    if (!profile.inflects_names) continue;
    Xapian::Stem stemmer = analysis::stemmer_for(std::string(profile.code));
    if (!stemmer.is_none()) stemmers.emplace_back(profile.code, stemmer);
  }
  table.for_each_alias([&](entities::EntityType type, const std::string& alias, const std::string& canonical) {
    bool one_word = alias.find_first_of(" -") == std::string::npos;
    if (one_word && alias.size() >= kMinLowerCaseName && alias[0] >= 'a' && alias[0] <= 'z')
      lower_case_names_.insert(alias);
    if (one_word && alias.size() < kMinStemmedAlias) return;
    const std::string alias_key = one_word ? names::name_key(alias) : std::string();
    for (auto& [language, stemmer] : stemmers) {
      std::string key = stems_key(stemmer, alias);
      Stemmed& stemmed = stemmed_[language];
      if (one_word) stemmed.one_word_keys.emplace(key, alias_key);
      auto [it, added] = stemmed.names.emplace(key, std::make_pair(type, canonical));
      if (!added && it->second != std::make_pair(type, canonical)) it->second.second.clear();  // ambiguous
      stemmed.first_stems.insert(first_word(key));
    }
  });
  table.for_each([&](entities::EntityType type, std::string_view key, const std::string& canonical) {
    // One-letter and two-letter keys ("UE", "UN") are too often words.
    if (key.size() < 3) return;
    std::string k(key);
    auto [it, added] = names_.emplace(k, std::make_pair(type, canonical));
    if (!added && it->second.first != type) ambiguous_.insert(k);
    first_words_.insert(first_word(k));
  });
}

bool AliasMatcher::is_lower_case_name(std::string_view word) const {
  // (Most words are short or capitalised: no string to build and hash.)
  return word.size() >= kMinLowerCaseName && word[0] >= 'a' && word[0] <= 'z' &&
         lower_case_names_.count(std::string(word));
}

std::vector<AliasMatch> AliasMatcher::find(std::string_view text, const std::vector<entities::NerToken>& all,
                                           const std::string& language) const {
  auto stems = stemmed_.find(language);
  Xapian::Stem stemmer = stems == stemmed_.end() ? Xapian::Stem() : analysis::stemmer_for(language);
  std::vector<entities::NerToken> words;
  for (const auto& t : all)
    // Numbers too: "France 2", "Europe 1", "20 Minutes" (first only before
    // a capital).
    if (t.kind == entities::TokenKind::kWord || t.kind == entities::TokenKind::kNumber) words.push_back(t);

  // Each word's stem key, computed when first needed.
  std::vector<std::string> stem_keys(words.size());
  auto word_stem = [&](std::size_t j) -> const std::string& {
    if (stem_keys[j].empty()) stem_keys[j] = stems_key(stemmer, words[j].in(text));
    return stem_keys[j];
  };

  // Each word's name key, computed when first needed; a span of words
  // apart by single spaces keys as their keys joined (name_key of the
  // whole, without computing it again for every length tried).
  std::vector<std::string> word_keys(words.size());
  std::vector<bool> keyed(words.size(), false);
  auto word_key = [&](std::size_t j) -> const std::string& {
    if (!keyed[j]) word_keys[j] = names::name_key(words[j].in(text)), keyed[j] = true;
    return word_keys[j];
  };
  auto span_key = [&](std::size_t i, std::size_t n, std::string_view span) {
    std::size_t letters = 0;
    for (std::size_t j = i; j < i + n; ++j) letters += words[j].end - words[j].start;
    if (letters + n - 1 != span.size()) return names::name_key(span);  // other marks between the words: "AT&T"
    std::string key = word_key(i);
    for (std::size_t j = i + 1; j < i + n; ++j)
      if (!word_key(j).empty()) key.append(key.empty() ? "" : " ").append(word_key(j));
    return key;
  };

  using Known = std::pair<entities::EntityType, std::string>;
  // The longest known name starting at word i: its number of words (0: none).
  auto longest_at = [&](std::size_t i) -> std::pair<std::size_t, const Known*> {
    std::string_view first = words[i].in(text);
    const bool number_then_name = words[i].kind == entities::TokenKind::kNumber && i + 1 < words.size() &&
                                  starts_upper_case(words[i + 1].in(text));  // "20 Minutes"
    if (!starts_upper_case(first) && !number_then_name && !is_lower_case_name(first))
      return {0, nullptr};
    auto plain_span = [&](std::size_t n) {
      // A match does not run across a sentence or a comma.
      std::string_view span = text.substr(words[i].start, words[i + n - 1].end - words[i].start);
      return n == 1 || span.find_first_of(",;:.!?()\n") == std::string_view::npos ? span : std::string_view();
    };
    // The first word of the key: "Alpes-de-Haute-Provence" keys as "alpes de ...".
    if (first_words_.count(first_word(word_key(i)))) {
      for (std::size_t n = std::min(kMaxWords, words.size() - i); n >= 1; --n) {
        std::string_view span = plain_span(n);
        if (span.empty()) continue;
        auto it = names_.find(span_key(i, n, span));
        if (it == names_.end()) continue;
        if (ambiguous_.count(it->first)) break;
        return {n, &it->second};
      }
    }
    if (stems != stemmed_.end() && stems->second.first_stems.count(first_word(word_stem(i)))) {
      // By the stems of its words, in a language that inflects names.
      for (std::size_t n = std::min(kMaxWords, words.size() - i); n >= 1; --n) {
        if (plain_span(n).empty()) continue;
        std::string key = word_stem(i);
        for (std::size_t j = i + 1; j < i + n; ++j) key.append(1, ' ').append(word_stem(j));
        auto it = stems->second.names.find(key);
        if (it == stems->second.names.end()) continue;
        if (it->second.second.empty()) break;  // ambiguous
        if (n == 1 && !inflects(stems->second, key, word_key(i))) break;
        return {n, &it->second};
      }
    }
    return {0, nullptr};
  };

  // longest_at(i), computed once: the look-ahead below asks for the next
  // word's, which the loop may then visit.
  std::vector<std::pair<std::size_t, const Known*>> longest(words.size());
  std::vector<bool> looked_at(words.size(), false);
  auto longest_from = [&](std::size_t i) {
    if (!looked_at[i]) longest[i] = longest_at(i), looked_at[i] = true;
    return longest[i];
  };

  std::vector<AliasMatch> matches;
  for (std::size_t i = 0; i < words.size();) {
    auto [n, found] = longest_from(i);
    // A longer name starting at the next word wins: "L'Union européenne" is
    // the Union européenne, not the newspaper L'Union.
    if (found && n >= 2 && i + 1 < words.size()) {
      auto [next_n, next_found] = longest_from(i + 1);
      if (next_found && i + 1 + next_n > i + n) found = nullptr;
    }
    if (!found) {
      ++i;
      continue;
    }
    matches.push_back({found->first, words[i].start, words[i + n - 1].end, found->second});
    i += n;
  }
  return matches;
}

}  // namespace kiosque::extraction
