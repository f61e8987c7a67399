// Publication date ranges as users write them, turned into bounds on
// schema::kDateSlot ("YYYYMMDD", "YYYYMM00" for a month-only date). Shared by
// --from/--to (search/searcher.h) and date: in a query (field_filter.h).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

namespace kiosque::query {

// What a date may look like, for messages.
inline constexpr const char* kDateFormats = "YYYY, YYYY-MM or YYYY-MM-DD";
// Bounds of an open end.
inline constexpr const char* kEarliestDate = "00000000";
inline constexpr const char* kLatestDate = "99999999";

// The inclusive bound for "2023" (20230000 as a lower bound, 20239999 as an
// upper one), "2023-09" (20230900 / 20230999) or "2023-09-14" (20230914);
// nullopt when `text` is none of those or not a real date.
std::optional<std::string> date_bound(std::string_view text, bool upper);

// Articles dated from `low` to `high` (bounds from date_bound()), inclusive;
// an article dated to the month only is in when the range covers that whole
// month. Undated articles never match.
Xapian::Query date_range_filter(const std::string& low, const std::string& high);

}  // namespace kiosque::query
