#include "archive/title.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <unordered_set>

namespace kiosque {

namespace {

// Abbreviations followed by a period inside a sentence.
bool is_abbreviation(std::string_view word) {
  static const std::unordered_set<std::string_view> kAbbreviations = {
      "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Cie", "av", "apr",
      "env", "etc", "cf", "p", "n", "no", "vol", "Mr", "Mrs", "Ms", "Prof", "Gen", "Sen", "Rep", "Jr", "Sr",
      "vs", "ca", "Nr", "Hr", "Fr", "Dr", "Sra", "Sr", "Sig", "Dott", "Ing"};
  if (kAbbreviations.count(word)) return true;
  // A single letter: an initial ("J. Biden") or part of "J.-C.".
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  UChar32 c;
  U8_NEXT(word.data(), i, n, c);
  return i == n && c >= 0 && u_isalpha(c);
}

}  // namespace

std::string first_sentence(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool ellipsis = text.compare(i, 3, "\xE2\x80\xA6") == 0;
    if (c != '.' && c != '!' && c != '?' && !ellipsis) continue;
    std::size_t after = i + (ellipsis ? 3 : 1);
    // Closing quotes belong to the sentence.
    while (after < text.size() && (text[after] == '"' || text.compare(after, 2, "\xC2\xBB") == 0 ||
                                   text.compare(after, 3, "\xE2\x80\x9D") == 0))
      after += text[after] == '"' ? 1 : (text[after] == '\xC2' ? 2 : 3);
    if (after < text.size() && text[after] != ' ') continue;  // "3.5", "lemonde.fr"
    if (c == '.') {
      std::size_t word_start = text.rfind(' ', i);
      word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
      std::string_view word = text.substr(word_start, i - word_start);
      if (auto dash = word.rfind('-'); dash != std::string_view::npos) word = word.substr(dash + 1);
      if (auto dot = word.rfind('.'); dot != std::string_view::npos) word = word.substr(dot + 1);
      if (is_abbreviation(word)) continue;
    }
    return std::string(text.substr(0, after));
  }
  return std::string(text);
}

std::string derive_title(std::string_view paragraph) {
  std::string sentence = first_sentence(paragraph);
  if (sentence.size() <= kMaxTitleBytes) return sentence;
  std::size_t cut = sentence.rfind(' ', kMaxTitleBytes);
  if (cut == std::string::npos || cut < kMaxTitleBytes / 2) {
    cut = kMaxTitleBytes;
    while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
  }
  sentence.resize(cut);
  while (!sentence.empty() && (sentence.back() == ',' || sentence.back() == ' ')) sentence.pop_back();
  return sentence + "\xE2\x80\xA6";
}

}  // namespace kiosque
