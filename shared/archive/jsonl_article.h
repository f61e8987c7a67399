// Reader for JSON Lines archives: one article per line,
//   {"id": "...", "text": "...", "title": "...", "date": "2023-09-14",
//    "lang": "fr", "url": "...", "source": "..."}
// `id` and `text` are required; `text` separates paragraphs with blank lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "archive/input_error.h"
#include "article.h"

namespace kiosque::archive {

// Parses line `line_number` (1-based) of `file`. Throws InputError for a line
// that cannot be indexed (malformed JSON, no id, no text); appends warnings
// (bad date, unknown language code) for what was indexed anyway.
Article parse_jsonl_article(std::string_view line, const std::string& file, std::size_t line_number,
                            std::vector<Diagnostic>& warnings);

}  // namespace kiosque::archive
