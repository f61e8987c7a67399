// An entity's articles over time, from the month counts of its articles
// (facets/facet_counter.h): one period per month, or per year when the span
// is long, every period between the first and the last included (zeros
// too), so that the periods and the undated articles add up to the total.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "facets/facet_counter.h"

namespace kiosque::search {

// Spans up to this many months are shown by month, longer ones by year (as
// the page's histogram does).
inline constexpr std::size_t kMaxMonthPeriods = 36;

struct TimelinePeriod {
  std::string period;  // "2023-09" or "2023"
  std::size_t count = 0;
};

struct Timeline {
  bool monthly = true;
  std::vector<TimelinePeriod> periods;  // chronological
  std::size_t undated = 0;
  // The first and last publication dates: a day ("2023-09-14") when the
  // first (last) month has day-dated articles, else the month; empty when
  // no article is dated.
  std::string first, last;
};

// `months`: the kMonth values with their counts ("2023-09", and
// kUndatedValue), any order; `days`: the kDay values.
Timeline make_timeline(const std::vector<facets::FacetValue>& months, const std::vector<facets::FacetValue>& days);

}  // namespace kiosque::search
