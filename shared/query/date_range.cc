#include "query/date_range.h"

#include "article.h"
#include "dates/calendar_date.h"
#include "schema.h"

namespace kiosque::query {

std::optional<std::string> date_bound(std::string_view text, bool upper) {
  if (text.size() == 4) {
    if (text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    return std::string(text) + (upper ? "9999" : "0000");
  }
  if (text.size() != 7 && text.size() != 10) return std::nullopt;
  auto date = PublicationDate::parse(std::string(text));
  if (!date) return std::nullopt;
  std::string sortable = date->sortable();
  if (!date->day) sortable.replace(6, 2, upper ? "99" : "00");
  return sortable;
}

Xapian::Query date_range_filter(const std::string& low, const std::string& high) {
  // An article dated to the month only ("YYYYMM00") is in a range that covers
  // that whole month: --from 2023-01-01 --to 2023-01-31 finds "date 2023-01".
  std::string from = low;
  if (low.size() == 8 && low.compare(6, 2, "01") == 0) {
    const int year = std::stoi(low.substr(0, 4)), month = std::stoi(low.substr(4, 2));
    if (month >= 1 && month <= 12 && high >= low.substr(0, 6) + std::to_string(dates::days_in_month(year, month)))
      from.replace(6, 2, "00");
  }
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, from, high);
}

}  // namespace kiosque::query
