// An article as the commands and the API show it (`kiosque show --json`,
// GET /api/doc/ID): id, title, date, lang, url, source, credits, blocks,
// text (body_text()), entities with their mentions and the dates the text
// mentions, as [start, end) offsets into "text": UTF-8 bytes for the command
// line, UTF-16 code units for the page (how JavaScript indexes strings).
// The stored copy in the index has its own, smaller form (stored_document.h).
#pragma once

#include <nlohmann/json.hpp>

#include "article.h"

namespace kiosque {

enum class TextOffsets { kBytes, kUtf16 };

nlohmann::ordered_json article_json(const Article& article, TextOffsets offsets);

// A block's kind as JSON writes it: "p", "h" (heading), "c" (caption).
const char* block_kind_code(BlockKind kind);

}  // namespace kiosque
