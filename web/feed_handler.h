// A search as a feed, and Kiosque as a browser search engine:
//  - GET /feed.atom with /api/search's filters: an Atom 1.0 feed (RFC 4287)
//    of the kFeedEntries newest matching articles, every article (near-
//    duplicates included), each entry linking to its page in Kiosque
//    (?doc=ID) and to the original when there is one;
//  - GET /opensearch.xml: the OpenSearch 1.1 description of the page's search
//    and of the feed.
// Addresses are absolute, built from the request's Host header.
#pragma once

#include <string>

#include "request_params.h"

namespace kiosque::web {

inline constexpr std::size_t kFeedEntries = 20;

// `base`: "http://host:port". Throws ApiException and QueryError.
std::string handle_feed(const std::string& db, const std::string& base, const Params& params,
                        const std::string& query_string);
std::string opensearch_description(const std::string& base);

}  // namespace kiosque::web
