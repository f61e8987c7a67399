#include "duplicates/fingerprint.h"

#include <algorithm>
#include <array>
#include <vector>

namespace kiosque::duplicates {

namespace {

constexpr std::size_t kShingleWords = 3;
constexpr unsigned kBinBits = 6;  // 64 bins
static_assert(std::size_t{1} << kBinBits == kMinHashes);

// Each byte as a word's hash reads it: 0 outside words (letters, digits and
// any byte of a multi-byte character), else lower-cased (ASCII). One load
// per byte: an old index's results page fingerprints dozens of articles.
constexpr std::array<unsigned char, 256> kWordBytes = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      table[c] = static_cast<unsigned char>(c);
    else if (c >= 'A' && c <= 'Z')
      table[c] = static_cast<unsigned char>(c - 'A' + 'a');
  }
  return table;
}();

// SplitMix64's finaliser: cheap, well mixed.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// Hashes of the text's first kFingerprintWords words, lower-cased (ASCII),
// each word hashed in place: no string is built.
std::vector<std::uint64_t> leading_word_hashes(std::string_view text) {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(kFingerprintWords);
  std::size_t i = 0;
  while (i < text.size() && hashes.size() < kFingerprintWords) {
    while (i < text.size() && !kWordBytes[static_cast<unsigned char>(text[i])]) ++i;
    if (i == text.size()) break;
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c; i < text.size() && (c = kWordBytes[static_cast<unsigned char>(text[i])]) != 0; ++i)
      h = (h ^ c) * 1099511628211ull;
    hashes.push_back(h);
  }
  return hashes;
}

}  // namespace

Fingerprint fingerprint(std::string_view text) {
  Fingerprint f;
  std::vector<std::uint64_t> words = leading_word_hashes(text);
  if (words.empty()) return f;
  f.empty = false;
  // Bins compete on the whole hash; only the winner is truncated.
  std::array<std::uint64_t, kMinHashes> least;
  least.fill(~std::uint64_t{0});
  std::array<bool, kMinHashes> filled{};
  // A text shorter than a shingle is one shingle.
  std::size_t shingles = words.size() >= kShingleWords ? words.size() - kShingleWords + 1 : 1;
  for (std::size_t i = 0; i < shingles; ++i) {
    // A shingle's hash: its words' hashes, chained in order.
    std::uint64_t h = 0;
    for (std::size_t j = i; j < std::min(i + kShingleWords, words.size()); ++j) h = mix(h ^ words[j]);
    // One permutation hashing (Li, Owen and Zhang, 2012): a shingle's hash
    // picks a bin by its top bits and competes for that bin's minimum, one
    // hash per shingle instead of one per bin.
    const std::size_t bin = h >> (64 - kBinBits);
    least[bin] = std::min(least[bin], h);
    filled[bin] = true;
  }
  // The low half: the top bits name the bin, and a minimum's next ones are
  // mostly zeros.
  for (std::size_t k = 0; k < kMinHashes; ++k)
    f.minimums[k] = !filled[k] ? kEmptyBin : std::min(static_cast<std::uint32_t>(least[k]), kEmptyBin - 1);
  return f;
}

double resemblance(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty || b.empty) return 0;
  // Bins empty in both texts (short texts) say nothing.
  std::size_t equal = 0, used = 0;
  for (std::size_t k = 0; k < kMinHashes; ++k) {
    bool a_empty = a.minimums[k] == kEmptyBin, b_empty = b.minimums[k] == kEmptyBin;
    if (a_empty && b_empty) continue;
    ++used;
    equal += a.minimums[k] == b.minimums[k];
  }
  return used ? static_cast<double>(equal) / static_cast<double>(used) : 0;
}

}  // namespace kiosque::duplicates
