#include "entities/gazetteer.h"

#include "analysis/normalize.h"
#include "analysis/thread_memo.h"
#include "entities/ner_tokenizer.h"

namespace kiosque::entities {

namespace {

constexpr std::string_view kListNames[kGazetteerListCount] = {
    "place",        "first-name",       "surname",   "proper-noun", "capitalised-noun",
    "person-title", "organisation-cue", "place-cue", "common-word",
};

}  // namespace

std::string_view gazetteer_list_name(GazetteerList list) { return kListNames[static_cast<int>(list)]; }

std::optional<GazetteerList> parse_gazetteer_list(std::string_view name) {
  for (int i = 0; i < kGazetteerListCount; ++i)
    if (kListNames[i] == name) return static_cast<GazetteerList>(i);
  return std::nullopt;
}

std::string fold_for_gazetteer(std::string_view token) {
  auto fold = [](std::string_view t) {
    std::string folded = analysis::fold_accents(analysis::lower_case(t));
    if (folded.size() > 1 && folded.back() == '.') folded.pop_back();
    return folded;
  };
  if (analysis::is_ascii(token)) return fold(token);
  // The tagger and the shape rules fold every token of every article.
  thread_local analysis::ThreadMemo<std::string> memo(100000);
  return memo.get(token, fold);
}

void Gazetteer::add(GazetteerList list, std::string_view entry) {
  std::vector<NerToken> tokens = tokenize_for_ner(entry);
  if (tokens.empty() || tokens.size() > static_cast<std::size_t>(kMaxEntryTokens)) return;
  std::uint64_t key = kSequenceSeed;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    key = nonzero_key(hash_combine(key, gazetteer_token_key(fold_for_gazetteer(tokens[i].in(entry)))));
    if (i + 1 < tokens.size()) sequences_[key] |= kPrefixBit;
  }
  sequences_[key] |= list_bit(list);
}

std::uint64_t Gazetteer::one_token_key(std::uint64_t key) { return nonzero_key(hash_combine(kSequenceSeed, key)); }

GazetteerMask Gazetteer::lists_of(std::uint64_t key) const {
  const GazetteerMask* lists = sequences_.find(one_token_key(key));
  return lists ? static_cast<GazetteerMask>(*lists & ~kPrefixBit) : 0;
}

std::size_t Gazetteer::longest_entry(const std::vector<std::uint64_t>& token_keys, std::size_t start,
                                     GazetteerList list) const {
  std::size_t longest = 0;
  std::uint64_t key = kSequenceSeed;
  for (std::size_t end = start; end < token_keys.size() && end - start < static_cast<std::size_t>(kMaxEntryTokens);
       ++end) {
    key = nonzero_key(hash_combine(key, token_keys[end]));
    const GazetteerMask* found = sequences_.find(key);
    if (!found) break;
    if (*found & list_bit(list)) longest = end - start + 1;
    if (!(*found & kPrefixBit)) break;
  }
  return longest;
}

void Gazetteer::match(const std::vector<std::uint64_t>& token_keys, std::vector<GazetteerMask>& inside,
                      std::vector<GazetteerMask>& begins) const {
  const std::size_t n = token_keys.size();
  inside.assign(n, 0);
  begins.assign(n, 0);
  for (std::size_t start = 0; start < n; ++start) {
    std::uint64_t key = kSequenceSeed;
    for (std::size_t end = start; end < n && end - start < static_cast<std::size_t>(kMaxEntryTokens); ++end) {
      key = nonzero_key(hash_combine(key, token_keys[end]));
      const GazetteerMask* found = sequences_.find(key);
      if (!found) break;
      GazetteerMask lists = *found & ~kPrefixBit;
      if (lists) {
        // Shorter matches from the same start were marked already; a longer
        // one adds its lists over its whole span.
        begins[start] |= lists;
        for (std::size_t i = start; i <= end; ++i) inside[i] |= lists;
      }
      if (!(*found & kPrefixBit)) break;
    }
  }
}

}  // namespace kiosque::entities
