#include "dates/calendar_date.h"

#include <cstdio>
#include <ctime>

namespace kiosque::dates {

// Through the C library's UTC calendar (timegm, gmtime_r): proleptic
// Gregorian, any year Kiosque reads.
long days_from_civil(int year, int month, int day) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = 12;  // away from any second-level edge
  return static_cast<long>(timegm(&tm) / 86400);
}

CalendarDate civil_from_days(long days) {
  std::time_t t = static_cast<std::time_t>(days) * 86400 + 12 * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int weekday_of(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }  // 1970-01-01 was a Thursday (3)

CalendarDate next_date(const CalendarDate& date) {
  switch (date.precision()) {
    case DatePrecision::kDay: return civil_from_days(days_from_civil(date.year, date.month, date.day) + 1);
    case DatePrecision::kMonth:
      return date.month == 12 ? CalendarDate{date.year + 1, 1, 0} : CalendarDate{date.year, date.month + 1, 0};
    case DatePrecision::kYear: break;
  }
  return {date.year + 1, 0, 0};
}

bool before(const CalendarDate& a, const CalendarDate& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

std::string CalendarDate::iso() const {
  char buffer[16];
  if (day)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  else if (month)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

std::string DateMention::value() const { return is_range() ? first.iso() + ".." + last.iso() : first.iso(); }

std::optional<CalendarDate> parse_calendar_date(std::string_view text) {
  CalendarDate date;
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (text.size() < at + n) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  if (!digits(0, 4, date.year) || date.year < 1) return std::nullopt;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-' || !digits(5, 2, date.month) || date.month < 1 || date.month > 12)
    return std::nullopt;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-' || !digits(8, 2, date.day) || date.day < 1 ||
      date.day > days_in_month(date.year, date.month))
    return std::nullopt;
  return date;
}

}  // namespace kiosque::dates
