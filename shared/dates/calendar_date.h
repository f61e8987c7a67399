// A date an article mentions (dates/date_mentions.h), known to a year, a
// month or a day, or a range of them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosque::dates {

enum class DatePrecision { kYear, kMonth, kDay };

// A calendar date known to a year, a month or a day.
struct CalendarDate {
  int year = 0;
  int month = 0;  // 0 for a year
  int day = 0;    // 0 for a year or a month

  DatePrecision precision() const {
    return day ? DatePrecision::kDay : month ? DatePrecision::kMonth : DatePrecision::kYear;
  }
  // "1789", "1789-07" or "1789-07-14".
  std::string iso() const;
  bool operator==(const CalendarDate& o) const { return year == o.year && month == o.month && day == o.day; }
};

struct DateMention {
  CalendarDate first;
  CalendarDate last;  // == first, or a range's end at the same precision ("du 3 au 5 juin")
  bool inferred = false;  // read against the publication date ("hier", "le 3 mai")
  bool in_title = false;  // found in the article's title; else [start, end) are bytes of body_text()
  std::size_t start = 0, end = 0;

  bool is_range() const { return !(first == last); }
  // "1789-07-14", or "2019-06-03..2019-06-05" for a range.
  std::string value() const;
};

// Calendar arithmetic: days since 1970-01-01 and back, the length of a
// month, the weekday of a day (0 Monday .. 6 Sunday).
long days_from_civil(int year, int month, int day);
CalendarDate civil_from_days(long days);
int days_in_month(int year, int month);
int weekday_of(long days);
// The date after `date` at its precision: the next day, month or year.
CalendarDate next_date(const CalendarDate& date);
// Whether `a` comes before `b` (compared at the precision they have).
bool before(const CalendarDate& a, const CalendarDate& b);

// Parses "1789", "1789-07", "1789-07-14"; nullopt when malformed or not a
// real date.
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

}  // namespace kiosque::dates
