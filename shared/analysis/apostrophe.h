// Apostrophes as archives spell them: ' (U+0027), ’ (U+2019), ʼ (U+02BC),
// ‘ (U+2018), ＇ (U+FF07). The elision stage and normalisation share this list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosque::analysis {

// Byte length of the apostrophe starting at text[i], or 0 if there is none.
std::size_t apostrophe_length(std::string_view text, std::size_t i);

// `text` with every apostrophe variant replaced by ASCII '.
std::string normalise_apostrophes(std::string_view text);

}  // namespace kiosque::analysis
