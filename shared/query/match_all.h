// The query that matches every document, built afresh for each use.
//
// Xapian 1.4 counts the references to a query's parts without atomics, so
// the shared static Xapian::Query::MatchAll, copied by several search threads
// at once, can be freed under one of them: `kiosque serve` crashed so under
// load. Kiosque code never uses that static.
#pragma once

#include <xapian.h>

#include <string>

namespace kiosque::query {

inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

}  // namespace kiosque::query
