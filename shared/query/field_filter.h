// One field:value of a query (query_syntax.h) as a boolean filter on the
// index (schema.h): it selects articles and adds nothing to their score.
//
//   person:Poutine, person:"Vladimir Poutine"   entity term, any spelling
//   place:Kyiv, org:ONU                         (names/entity_resolver.h)
//   lang:fr                                     language term
//   date:2023, date:2023-09, date:2023-09-14    value range on the date slot;
//   date:2023-01..2023-06, date:..2023-06,      ranges are inclusive, an open
//   date:2023..                                 end is unbounded
#pragma once

#include <xapian.h>

#include <optional>
#include <string_view>

#include "facets/facet.h"
#include "names/entity_resolver.h"
#include "query/query_syntax.h"

namespace kiosque::query {

// `field` is a kField node of `query`. Throws QueryError pointing into
// `query` for a bad language code, a bad date or a range that ends before it
// starts.
Xapian::Query field_filter(const QueryNode& field, std::string_view query, const names::EntityResolver& entities);

}  // namespace kiosque::query
