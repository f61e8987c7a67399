// Dates an article talks about, apart from the date it was published: "le
// 14 juillet 1789", "14/07/1789", "en mars 2019", "depuis 2015", "du 3 au 5
// juin", and dates said relative to the publication ("hier", "lundi
// dernier", "le 3 mai", "l'an dernier"), resolved against it and marked as
// inferred.
//
// French first, English and German on the same rules with their own words
// (date_words.cc). A bare number is never a year: "3000 euros", "2019
// habitants", "le vol 1789" are not dates; a year needs a word that
// introduces one ("en", "depuis", "in", "seit"...), a month, or a day.
//
// Precision over recall: what the rules cannot read as one date (a season,
// "fin 2018", "les années 1980", "la semaine prochaine") is left out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"

namespace kiosque {

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
  std::size_t start = 0, end = 0;  // bytes in the text searched

  bool is_range() const { return !(first == last); }
  // "1789-07-14", or "2019-06-03..2019-06-05" for a range.
  std::string value() const;
};

// The dates mentioned in `text`, in order, for an article of `language`
// published on `published` (relative dates need its day, or its month for
// a month or a year; without it they are left out).
std::vector<DateMention> find_date_mentions(std::string_view text, std::string_view language,
                                            const std::optional<PublicationDate>& published);

// Parses "1789", "1789-07", "1789-07-14"; nullopt when malformed or not a
// real date.
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

}  // namespace kiosque
