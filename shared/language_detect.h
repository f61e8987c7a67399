// Language identification of an article's text with CLD2.
#pragma once

#include <string>
#include <string_view>

namespace kiosque {

// ISO 639-1 code ("fr", "en", "ru", "zh"...) of the main language of `text`
// (valid UTF-8), or "und" when CLD2 cannot tell (too little text, unknown
// language).
std::string detect_language(std::string_view text);

}  // namespace kiosque
