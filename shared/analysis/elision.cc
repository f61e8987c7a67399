#include "analysis/elision.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/apostrophe.h"

namespace kiosque::analysis {

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Whether the first code point of `s` is upper case, and whether `s` has any
// lower-case letter (to tell "N'Djamena" from a heading in capitals, "N'EST").
void letter_cases(std::string_view s, bool& first_upper, bool& has_lower) {
  first_upper = has_lower = false;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  bool first = true;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) continue;
    if (first) first_upper = u_isupper(c), first = false;
    if (u_islower(c)) has_lower = true;
  }
}

}  // namespace

const ElisionRules& ElisionRules::french() {
  static const ElisionRules rules{
      {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"},
      {"j", "m", "n", "s", "t", "c"}};
  return rules;
}

const ElisionRules& ElisionRules::italian() {
  static const ElisionRules rules{
      {"l", "un", "dell", "all", "dall", "nell", "sull", "coll", "dell", "quest", "quell",
       "bell", "sant", "c", "d", "m", "t", "s", "v", "ch", "nessun", "buon"},
      {}};
  return rules;
}

void split_elisions(std::vector<Token>& tokens, const ElisionRules& rules) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (Token& token : tokens) {
    const std::string& text = token.text;
    std::size_t apos = 0, apos_len = 0;
    for (std::size_t i = 0; i < text.size() && i <= 8; ++i)
      if ((apos_len = apostrophe_length(text, i))) {
        apos = i;
        break;
      }
    if (!apos_len || apos == 0 || apos + apos_len >= text.size()) {
      out.push_back(std::move(token));
      continue;
    }
    std::string prefix = ascii_lower(std::string_view(text).substr(0, apos));
    if (!rules.prefixes.count(prefix)) {
      out.push_back(std::move(token));
      continue;
    }
    std::string_view rest = std::string_view(text).substr(apos + apos_len);
    Token word;
    word.text.assign(rest);
    word.start = token.start + apos + apos_len;
    word.end = token.end;

    bool rest_upper, rest_has_lower;
    letter_cases(rest, rest_upper, rest_has_lower);
    if (rules.verbal_prefixes.count(prefix) && rest_upper && rest_has_lower) {
      // A name such as "N’Djamena": keep it whole, stack the remainder.
      word.stacked = true;
      out.push_back(std::move(token));
      out.push_back(std::move(word));
    } else {
      out.push_back(std::move(word));
    }
  }
  tokens.swap(out);
}

void strip_english_possessive(std::vector<Token>& tokens) {
  for (Token& token : tokens) {
    std::string& text = token.text;
    // "'s" with any apostrophe variant, at the end of a longer word.
    for (std::size_t len : {std::size_t{2}, std::size_t{3}, std::size_t{4}}) {
      if (text.size() <= len + 1) continue;
      std::size_t at = text.size() - len;
      if ((text.back() == 's' || text.back() == 'S') && apostrophe_length(text, at) == len - 1) {
        text.resize(at);
        token.end = token.start + text.size();
        break;
      }
    }
  }
}

}  // namespace kiosque::analysis
