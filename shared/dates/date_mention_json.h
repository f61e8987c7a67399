// A mentioned date as every JSON output shows it (stored document, CLI,
// HTTP API): {"value": "1789-07-14" or "2019-06-03..2019-06-05", "precision":
// "day"|"month"|"year", "start", "end"} (bytes of body_text()), with
// "inferred": true when read against the publication date and "title": true
// (and no offsets) when found in the title. Works with nlohmann::json and
// nlohmann::ordered_json alike.
#pragma once

#include "dates/calendar_date.h"

namespace kiosque::dates {

inline const char* precision_name(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: break;
  }
  return "year";
}

template <typename Json>
Json date_mention_json(const DateMention& mention) {
  Json out{{"value", mention.value()}, {"precision", precision_name(mention.first.precision())}};
  if (mention.inferred) out["inferred"] = true;
  if (mention.in_title) {
    out["title"] = true;
  } else {
    out["start"] = mention.start;
    out["end"] = mention.end;
  }
  return out;
}

}  // namespace kiosque::dates
