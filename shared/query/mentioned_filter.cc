#include "query/mentioned_filter.h"

#include <string>
#include <vector>

#include "dates/calendar_date.h"
#include "query/query_error.h"
#include "schema.h"

namespace kiosque::query {

namespace {

constexpr const char* kFormats =
    "expected a day (1789-07-14), a month (1789-07), a year (1789), a day in any year (--07-14), or a range "
    "FROM..TO of one of them";

Xapian::Query term(const std::string& value) { return Xapian::Query(schema::term(schema::kMentionedPrefix, value)); }

QueryError bad(std::string_view value, const std::string& why = "") {
  return QueryError("bad mentioned date '" + std::string(value) + "'" + (why.empty() ? "" : " (" + why + ")") +
                    ": " + kFormats);
}

}  // namespace

Xapian::Query mentioned_filter(std::string_view value) {
  // A day in any year: --MM-DD.
  if (value.size() == 7 && value.substr(0, 2) == "--") {
    // (2000 is a leap year: 29 February is a day of some years.)
    auto day = dates::parse_calendar_date("2000-" + std::string(value.substr(2)));
    if (!day || day->precision() != dates::DatePrecision::kDay) throw bad(value);
    return term(std::string(value));
  }
  const std::size_t dots = value.find("..");
  if (dots == std::string_view::npos) {
    if (!dates::parse_calendar_date(value)) throw bad(value);
    return term(std::string(value));
  }
  auto first = dates::parse_calendar_date(value.substr(0, dots));
  auto last = dates::parse_calendar_date(value.substr(dots + 2));
  if (!first || !last) throw bad(value);
  if (first->precision() != last->precision()) throw bad(value, "both ends need the same precision");
  if (dates::before(*last, *first)) throw bad(value, "the earlier date comes first");
  std::vector<Xapian::Query> terms;
  for (dates::CalendarDate date = *first; !before(*last, date); date = next_date(date)) {
    if (static_cast<int>(terms.size()) == kMaxMentionedTerms) throw bad(value, "too long a range: give years or months");
    terms.push_back(term(date.iso()));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace kiosque::query
