// The filter on dates an article mentions (--mentioned, mentioned:,
// &mentioned=): "1789-07-14" (that day), "1789-07" (any day of that month,
// or the month itself), "1789" (any date in that year), "--07-14" (14 July of
// any year: anniversaries), or a range "1914..1918", "2019-06..2019-09" with
// both ends at the same precision. Each is a disjunction of the article's
// kMentionedPrefix terms (schema.h).
#pragma once

#include <string_view>

#include <xapian.h>

namespace kiosque::query {

// Longest range, in terms: days, months or years (a range of years reads
// as one term per year).
inline constexpr int kMaxMentionedTerms = 4000;

// Throws QueryError (query/query_error.h) for a value that is none of the
// above, naming the formats.
Xapian::Query mentioned_filter(std::string_view value);

}  // namespace kiosque::query
