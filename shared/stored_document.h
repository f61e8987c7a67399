// The document data Kiosque stores in each Xapian document: what a search
// result and the article view show without going back to the archive.
//
// Format: a JSON object
//   {"id", "title", "title_derived", "date" ("YYYY-MM[-DD]" or null), "lang",
//    "url", "source", "credits": [..], "blocks": [{"kind": "p"|"h"|"c", "text"}]}
#pragma once

#include <string>

#include "article.h"

namespace kiosque {

std::string encode_stored_document(const Article& article);
Article decode_stored_document(const std::string& data);

}  // namespace kiosque
