// Reader for the plain-text archive format, one article per .txt file:
//
//    date 2023-09-14 First paragraph, on the date line.
//
//   Second paragraph, after a blank line.
//
//   A heading
//
// Optional leading white space, then `date YYYY-MM` or `date YYYY-MM-DD`, a
// space, and the first paragraph. A missing or malformed date line is a
// warning: the article is indexed undated.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "archive/input_error.h"
#include "article.h"

namespace kiosque::archive {

// Parses the bytes of one .txt file. `file` names it in diagnostics; `id`
// becomes the article's id. Throws InputError for input that cannot be indexed
// (not UTF-8, binary, empty); appends warnings for what was indexed anyway.
Article parse_text_article(std::string_view bytes, const std::string& file, const std::string& id,
                           std::vector<Diagnostic>& warnings);

}  // namespace kiosque::archive
