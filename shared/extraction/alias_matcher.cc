#include "extraction/alias_matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "entities/ner_tokenizer.h"
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

}  // namespace

AliasMatcher::AliasMatcher(const AliasTable& table) {
  table.for_each([&](entities::EntityType type, std::string_view key, const std::string& canonical) {
    // One-letter and two-letter keys ("UE", "UN") are too often words.
    if (key.size() < 3) return;
    std::string k(key);
    auto [it, added] = names_.emplace(k, std::make_pair(type, canonical));
    if (!added && it->second.first != type) ambiguous_.insert(k);
    first_words_.insert(first_word(k));
  });
}

std::vector<AliasMatch> AliasMatcher::find(std::string_view text) const {
  std::vector<entities::NerToken> all = entities::tokenize_for_ner(text);
  std::vector<entities::NerToken> words;
  for (const auto& t : all)
    if (t.kind == entities::TokenKind::kWord) words.push_back(t);

  std::vector<AliasMatch> matches;
  for (std::size_t i = 0; i < words.size();) {
    std::string_view first = words[i].in(text);
    if (!starts_upper_case(first) || !first_words_.count(name_key(first))) {
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
