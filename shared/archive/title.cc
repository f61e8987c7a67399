#include "archive/title.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <unordered_set>

namespace kiosque::archive {

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

// Whether the first word after `from` starts with a lower-case letter.
bool next_word_is_lower_case(std::string_view text, std::size_t from) {
  while (from < text.size() && text[from] == ' ') ++from;
  if (from >= text.size()) return false;
  int32_t i = static_cast<int32_t>(from);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_islower(c);
}

}  // namespace

std::string first_sentence(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool ellipsis = text.compare(i, 3, "\xE2\x80\xA6") == 0;
    if (c != '.' && c != '!' && c != '?' && !ellipsis) continue;
    std::size_t after = i + (ellipsis ? 3 : 1);
    // Closing quotes belong to the sentence, French spacing included ("assez ! »").
    for (std::size_t look = after;;) {
      while (look < text.size() && text[look] == ' ') ++look;
      std::size_t quote = text.compare(look, 1, "\"") == 0               ? 1
                          : text.compare(look, 2, "\xC2\xBB") == 0       ? 2
                          : text.compare(look, 3, "\xE2\x80\x9D") == 0  ? 3
                                                                          : 0;
      if (!quote) break;
      after = look = look + quote;
    }
    if (after < text.size() && text[after] != ' ') continue;  // "3.5", "lemonde.fr"
    if (next_word_is_lower_case(text, after)) continue;        // "« non ! » et il part"
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

}  // namespace kiosque::archive
