#include "archive/markup.h"

#include <unicode/utf8.h>

#include <cctype>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

namespace kiosque::archive {

namespace {

const std::unordered_set<std::string>& formatting_tags() {
  static const std::unordered_set<std::string> kTags = {
      "a", "b", "i", "u", "p", "br", "hr", "em", "strong", "span", "div", "font", "img", "sup", "sub",
      "small", "li", "ul", "ol", "blockquote", "center", "figure", "figcaption", "picture", "source", "wbr"};
  return kTags;
}

const std::unordered_map<std::string, std::string>& named_references() {
  static const std::unordered_map<std::string, std::string> kNames = {
      {"nbsp", " "}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"lt", "<"}, {"gt", ">"},
      {"rsquo", "\u2019"}, {"lsquo", "\u2018"}, {"laquo", "\u00AB"}, {"raquo", "\u00BB"},
      {"ldquo", "\u201C"}, {"rdquo", "\u201D"}, {"hellip", "\u2026"}, {"ndash", "\u2013"},
      {"mdash", "\u2014"}, {"eacute", "\u00E9"}, {"egrave", "\u00E8"}, {"ecirc", "\u00EA"},
      {"agrave", "\u00E0"}, {"acirc", "\u00E2"}, {"ccedil", "\u00E7"}, {"icirc", "\u00EE"},
      {"iuml", "\u00EF"}, {"ocirc", "\u00F4"}, {"ugrave", "\u00F9"}, {"ucirc", "\u00FB"},
      {"Eacute", "\u00C9"}, {"euro", "\u20AC"}, {"oelig", "\u0153"}, {"thinsp", " "}, {"shy", ""}};
  return kNames;
}

// Length of a formatting tag starting at text[i] ('<'), or 0.
std::size_t formatting_tag_length(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  if (j < text.size() && text[j] == '/') ++j;
  std::size_t name_start = j;
  while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
  if (j == name_start) return 0;
  std::string name(text.substr(name_start, j - name_start));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!formatting_tags().count(name)) return 0;
  std::size_t close = text.find('>', j);
  if (close == std::string_view::npos || close - i > 300) return 0;
  if (text.substr(j, close - j).find('<') != std::string_view::npos) return 0;
  if (j < close && !std::isspace(static_cast<unsigned char>(text[j])) && text[j] != '/') return 0;
  return close + 1 - i;
}

void append_code_point(std::string& out, long cp) {
  if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, static_cast<UChar32>(cp), error);
  if (!error) out.append(buf, n);
}

// Decodes the character reference starting at text[i] ('&') into `out`;
// returns its length, or 0 if it is not one.
std::size_t decode_reference(std::string_view text, std::size_t i, std::string& out) {
  std::size_t semi = text.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) return 0;
  std::string_view body = text.substr(i + 1, semi - i - 1);
  if (body[0] == '#') {
    std::string digits(body.substr(1));
    int base = 10;
    if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) base = 16, digits.erase(0, 1);
    if (digits.empty()) return 0;
    char* end = nullptr;
    long cp = std::strtol(digits.c_str(), &end, base);
    if (*end) return 0;
    append_code_point(out, cp);
    return semi + 1 - i;
  }
  auto it = named_references().find(std::string(body));
  if (it == named_references().end()) return 0;
  out += it->second;
  return semi + 1 - i;
}

}  // namespace

std::string remove_stray_markup(std::string_view text) {
  if (text.find('<') == std::string_view::npos && text.find('&') == std::string_view::npos)
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '<') {
      if (std::size_t n = formatting_tag_length(text, i)) {
        // A tag between two words separates them ("un<br>deux").
        out += ' ';
        i += n;
        continue;
      }
    } else if (text[i] == '&') {
      if (std::size_t n = decode_reference(text, i, out)) {
        i += n;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace kiosque::archive
