// GET /api/doc/ID: one stored article for the page's reader view
// (article_json.h, offsets in UTF-16 code units of "text"). With `query` (the search's q), also the query's
// words as "title_matches" and "matches", ranges in the same units of the
// title and text. Throws ApiException (404) for an unknown id, QueryError.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "search/searcher.h"

namespace kiosque::web {

nlohmann::ordered_json handle_doc(const std::string& db, const std::string& id, const std::string& query);

}  // namespace kiosque::web
