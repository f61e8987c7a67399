#include "language_detect.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace CLD2 {
// From CLD2's internal/lang_script.h (not part of its public headers).
const char* LanguageCode(Language lang);
}  // namespace CLD2

namespace kiosque {

std::string detect_language(std::string_view text) {
  // CLD2 reads the first few kilobytes well; more only costs time.
  constexpr std::size_t kSample = 16 * 1024;
  std::size_t length = text.size() < kSample ? text.size() : kSample;
  // Do not cut a UTF-8 sequence in half.
  while (length < text.size() && length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
    --length;
  bool reliable = false;
  CLD2::Language language = CLD2::DetectLanguage(text.data(), static_cast<int>(length), true, &reliable);
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) return "und";
  std::string code = CLD2::LanguageCode(language);
  // CLD2 names Chinese variants "zh" / "zh-Hant"; keep the language only.
  if (auto dash = code.find('-'); dash != std::string::npos) code.resize(dash);
  return code.empty() ? "und" : code;
}

}  // namespace kiosque
