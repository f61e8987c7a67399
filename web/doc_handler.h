// GET /api/doc/ID: one stored article for the page's reader view: its blocks,
// its text, and each entity with its mentions as [start, end) offsets in
// UTF-16 code units of "text" (how JavaScript indexes strings; the index
// stores UTF-8 byte offsets). With `query` (the search's q), also the query's
// words as "title_matches" and "matches", ranges in the same units of the
// title and text. Throws ApiException (404) for an unknown id, QueryError.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "search/searcher.h"

namespace kiosque::web {

nlohmann::ordered_json handle_doc(const std::string& db, const std::string& id, const std::string& query);

// The article's JSON (what handle_doc answers), from a stored article.
nlohmann::ordered_json article_json(const Article& article);

}  // namespace kiosque::web
