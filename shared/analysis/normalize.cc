#include "analysis/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "analysis/apostrophe.h"

namespace kiosque::analysis {

namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// ICU's normaliser singletons; failing to load one is a broken ICU install.
const icu::Normalizer2& normaliser(const icu::Normalizer2* (*get)(UErrorCode&), const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = get(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU ") + name + " normaliser unavailable");
  return *instance;
}

const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2& n = normaliser(icu::Normalizer2::getNFKCCasefoldInstance, "NFKC_Casefold");
  return n;
}

const icu::Normalizer2& nfd() {
  static const icu::Normalizer2& n = normaliser(icu::Normalizer2::getNFDInstance, "NFD");
  return n;
}

const icu::Normalizer2& nfc() {
  static const icu::Normalizer2& n = normaliser(icu::Normalizer2::getNFCInstance, "NFC");
  return n;
}

bool folds_marks(UChar32 base) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(base, &status);
  return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
}

// Latin letters that NFD leaves whole.
const char* spelled_out(UChar32 c) {
  switch (c) {
    case 0x0153: return "oe";  // œ
    case 0x00E6: return "ae";  // æ
    case 0x00F8: return "o";   // ø
    case 0x0142: return "l";   // ł
    case 0x0111: return "d";   // đ
    case 0x00F0: return "d";   // ð
    case 0x00FE: return "th";  // þ
    case 0x0131: return "i";   // dotless ı
    case 0x00DF: return "ss";  // ß
    default: return nullptr;
  }
}

}  // namespace

std::string lower_case(std::string_view token) {
  if (is_ascii(token)) {
    std::string out(token);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold().normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<int32_t>(token.size()))), status);
  std::string out;
  folded.toUTF8String(out);
  return normalise_apostrophes(out);
}

std::string fold_accents(std::string_view token) {
  if (is_ascii(token)) return std::string(token);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd().normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<int32_t>(token.size()))), status);
  icu::UnicodeString kept;
  UChar32 base = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK && base && folds_marks(base)) continue;
    if (u_charType(c) != U_NON_SPACING_MARK) base = c;
    if (const char* spelling = spelled_out(c))
      kept.append(icu::UnicodeString(spelling, ""));
    else
      kept.append(c);
  }
  icu::UnicodeString composed = nfc().normalize(kept, status);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

bool starts_upper_case(std::string_view token) {
  // An ASCII first letter needs no ICU property look-up (the rules ask
  // this of nearly every token).
  if (!token.empty() && static_cast<unsigned char>(token[0]) < 0x80) return token[0] >= 'A' && token[0] <= 'Z';
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(token.data(), i, static_cast<int32_t>(token.size()), c);
  return c >= 0 && u_isupper(c);
}

}  // namespace kiosque::analysis
