#include "names/name_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "analysis/normalize.h"
#include "analysis/thread_memo.h"

namespace kiosque::names {

namespace {

// Whether `s` may hold letters of another script than Latin: a UTF-8 lead
// byte of U+0240 or above, other than general punctuation (’ « —). A false
// positive only costs a transliteration that changes nothing.
bool has_non_latin_letters(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0xC9 && c < 0xF8 && c != 0xE2) return true;
  return false;
}

// ICU transliterators are not thread-safe: one per thread.
std::string to_latin(std::string_view s) {
  thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (!transliterator) return std::string(s);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  transliterator->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

namespace {

// Hyphens, apostrophes, dots and runs of spaces all become one space;
// `lower` maps each byte of the folded name (identity, or ASCII lower case).
template <typename Lower>
std::string joined_key(std::string_view folded, Lower lower) {
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    bool separator = c == ' ' || c == '-' || c == '\'' || c == '.' || c == '\t' || c == '\n' || c == ',';
    if (separator) {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += lower(c);
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

std::string compute_name_key(std::string_view name) {
  std::string latin = has_non_latin_letters(name) ? to_latin(name) : std::string(name);
  std::string folded = analysis::fold_accents(analysis::lower_case(latin));
  return joined_key(folded, [](char c) { return c; });
}

// compute_name_key() of an ASCII name, in one pass: lower_case() only
// lowers A-Z there, and fold_accents() changes nothing.
std::string ascii_name_key(std::string_view name) {
  return joined_key(name, [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
}

}  // namespace

std::string name_key(std::string_view name) {
  if (analysis::is_ascii(name)) return ascii_name_key(name);
  // Names with accents or in other scripts go through ICU; the same names
  // come back in article after article.
  thread_local analysis::ThreadMemo<std::string> memo(50000);
  return memo.get(name, compute_name_key);
}

std::vector<std::string_view> space_words(std::string_view name) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < name.size()) {
    std::size_t end = name.find_first_of(" \t\n", at);
    if (end == std::string_view::npos) end = name.size();
    if (end > at) words.push_back(name.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

}  // namespace kiosque::names
