#include "query/typed_forms.h"

#include <algorithm>

#include "analysis/elision.h"

namespace kiosque::query {

namespace {

bool is_ascii_letters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

}  // namespace

std::vector<std::string> same_word_forms(const std::string& folded) {
  std::vector<std::string> forms = {folded};
  if (folded.size() < 3 || !is_ascii_letters(folded)) return forms;
  char last = folded.back();
  if (last == 's' || last == 'x')
    forms.push_back(folded.substr(0, folded.size() - 1));
  else
    forms.push_back(folded + (ends_with(folded, "au") || ends_with(folded, "eu") ? "x" : "s"));
  return forms;
}

bool is_bare_elision(std::string_view word, std::string_view next) {
  if (next.empty() || !analysis::ElisionRules::french().prefixes.count(std::string(word))) return false;
  // After folding, a vowel or a mute h starts the next word.
  return std::string_view("aeiouyh").find(next.front()) != std::string_view::npos;
}

bool is_code(std::string_view letters, std::string_view digits) {
  return is_ascii_letters(letters) && letters.size() <= kMaxCodeLetters && is_digits(digits) &&
         digits.size() <= kMaxCodeDigits;
}

std::optional<std::pair<std::string, std::string>> split_code(std::string_view folded) {
  std::size_t split = folded.find_first_of("0123456789");
  if (split == std::string_view::npos || split == 0) return std::nullopt;
  std::string_view letters = folded.substr(0, split), digits = folded.substr(split);
  if (!is_code(letters, digits)) return std::nullopt;
  return std::make_pair(std::string(letters), std::string(digits));
}

std::optional<std::string> spelled_out(std::string_view folded) {
  if (folded == "st") return "saint";
  if (folded == "ste") return "sainte";
  return std::nullopt;
}

std::vector<std::string> infinitives(std::string_view folded) {
  std::vector<std::string> out;
  if (!is_ascii_letters(folded) || !ends_with(folded, "ent") || folded.size() < kMinVerbBase + 3) return out;
  std::string_view base = folded.substr(0, folded.size() - 3);
  out.push_back(std::string(base) + "er");                // bloquent: bloquer
  if (ends_with(base, "iss") && base.size() >= kMinVerbBase + 3)
    out.push_back(std::string(base.substr(0, base.size() - 3)) + "ir");  // finissent: finir
  out.push_back(std::string(base) + "ir");                // partent: partir
  // vendent, mettent, vivent: vendre, mettre, vivre ("content" is not "contre").
  if (ends_with(base, "d") || ends_with(base, "tt") || ends_with(base, "v")) out.push_back(std::string(base) + "re");
  return out;
}

}  // namespace kiosque::query
