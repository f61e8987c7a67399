#include "query/date_range.h"

#include "article.h"
#include "schema.h"

namespace kiosque {

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
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, low, high);
}

}  // namespace kiosque
