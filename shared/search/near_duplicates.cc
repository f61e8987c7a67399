#include "search/near_duplicates.h"

#include <algorithm>
#include <string>

namespace kiosque {

namespace {

constexpr std::size_t kShingleWords = 3;

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// FNV-1a, then SplitMix64's finaliser: cheap, well mixed.
std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

std::vector<std::string> leading_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size() && words.size() < kFingerprintWords) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    std::string word;
    while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) {
      char c = text[i++];
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

Fingerprint fingerprint(std::string_view text) {
  Fingerprint f;
  std::vector<std::string> words = leading_words(text);
  if (words.empty()) return f;
  f.empty = false;
  f.minimums.fill(~std::uint64_t{0});
  // A text shorter than a shingle is one shingle.
  std::size_t shingles = words.size() >= kShingleWords ? words.size() - kShingleWords + 1 : 1;
  for (std::size_t i = 0; i < shingles; ++i) {
    std::string shingle;
    for (std::size_t j = i; j < std::min(i + kShingleWords, words.size()); ++j) shingle.append(words[j]).push_back(' ');
    // The k-th hash function is h1 + k * h2 (Kirsch and Mitzenmacher's double
    // hashing): for each k, a uniform value per shingle, at a multiply-add.
    std::uint64_t h = fnv1a(shingle), h1 = mix(h), h2 = mix(h ^ 0x632be59bd9b4e019ull) | 1;
    for (std::size_t k = 0; k < kMinHashes; ++k) f.minimums[k] = std::min(f.minimums[k], h1 + k * h2);
  }
  return f;
}

double resemblance(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty || b.empty) return 0;
  std::size_t equal = 0;
  for (std::size_t k = 0; k < kMinHashes; ++k) equal += a.minimums[k] == b.minimums[k];
  return static_cast<double>(equal) / kMinHashes;
}

std::size_t DuplicateGrouper::add(const Fingerprint& f) {
  std::size_t item = added_++;
  for (std::size_t g = 0; g < leaders_.size(); ++g) {
    if (resemblance(leaders_[g], f) >= kDuplicateResemblance) {
      members_[g].push_back(item);
      return g;
    }
  }
  leaders_.push_back(f);
  members_.push_back({item});
  return leaders_.size() - 1;
}

}  // namespace kiosque
