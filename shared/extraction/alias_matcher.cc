#include "extraction/alias_matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/analyzer.h"
#include "analysis/normalize.h"
#include "names/name_key.h"

namespace kiosque {

namespace {

bool starts_upper_case(std::string_view s) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isupper(c);
}

std::string first_word(const std::string& key) { return key.substr(0, key.find(' ')); }

// Languages whose names inflect, so that stems find them.
const char* const kInflectingLanguages[] = {"ru", "uk", "de", "pl", "cs", "fi", "hu"};

// Shortest one-word alias (in bytes) matched by its stem: shorter stems collide.
constexpr std::size_t kMinStemmedAlias = 5;

std::string stem_key(const Xapian::Stem& stemmer, std::string_view word) {
  return name_key(stemmer(analysis::lower_case(word)));
}

}  // namespace

AliasMatcher::AliasMatcher(const AliasTable& table) {
  std::vector<std::pair<std::string, Xapian::Stem>> stemmers;
  for (const char* language : kInflectingLanguages) {
    Xapian::Stem stemmer = analysis::stemmer_for(language);
    if (!stemmer.is_none()) stemmers.emplace_back(language, stemmer);
  }
  table.for_each_alias([&](entities::EntityType type, const std::string& alias, const std::string& canonical) {
    if (alias.find(' ') != std::string::npos || alias.size() < kMinStemmedAlias) return;
    for (auto& [language, stemmer] : stemmers) {
      auto [it, added] = stemmed_[language].emplace(stem_key(stemmer, alias), std::make_pair(type, canonical));
      if (!added && it->second != std::make_pair(type, canonical)) it->second.second.clear();  // ambiguous
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

std::vector<AliasMatch> AliasMatcher::find(std::string_view text, const std::vector<entities::NerToken>& all,
                                           const std::string& language) const {
  auto stems = stemmed_.find(language);
  Xapian::Stem stemmer = stems == stemmed_.end() ? Xapian::Stem() : analysis::stemmer_for(language);
  std::vector<entities::NerToken> words;
  for (const auto& t : all)
    if (t.kind == entities::TokenKind::kWord) words.push_back(t);

  std::vector<AliasMatch> matches;
  for (std::size_t i = 0; i < words.size();) {
    std::string_view first = words[i].in(text);
    if (!starts_upper_case(first)) {
      ++i;
      continue;
    }
    if (!first_words_.count(name_key(first))) {
      if (stems != stemmed_.end()) {
        auto it = stems->second.find(stem_key(stemmer, first));
        if (it != stems->second.end() && !it->second.second.empty())
          matches.push_back({it->second.first, words[i].start, words[i].end, it->second.second});
      }
      ++i;
      continue;
    }
    std::size_t matched_words = 0;
    const std::pair<entities::EntityType, std::string>* found = nullptr;
    for (std::size_t n = std::min(kMaxWords, words.size() - i); n >= 1; --n) {
      std::size_t start = words[i].start, end = words[i + n - 1].end;
      // A match does not run across a sentence or a comma.
      std::string_view span = text.substr(start, end - start);
      if (span.find_first_of(",;:.!?()\n") != std::string_view::npos && n > 1) continue;
      auto it = names_.find(name_key(span));
      if (it == names_.end()) continue;
      if (ambiguous_.count(it->first)) break;
      found = &it->second;
      matched_words = n;
      break;
    }
    if (!found) {
      ++i;
      continue;
    }
    matches.push_back({found->first, words[i].start, words[i + matched_words - 1].end, found->second});
    i += matched_words;
  }
  return matches;
}

}  // namespace kiosque
