// GET /api/similar/ID: the articles closest to one (search/similar_articles.h),
// near-duplicates left out, under the filters of /api/search (not its words):
//   {"id", "similar": [{"id", "title", "date", "source", "score"}], "timing_ms"}
// Throws ApiException (no such article, bad parameters) and QueryError.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "request_params.h"

namespace kiosque::web {

nlohmann::ordered_json handle_similar(const std::string& db, const std::string& id, const Params& params);

}  // namespace kiosque::web
