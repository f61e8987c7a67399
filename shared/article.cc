#include "article.h"

#include <cstdio>
#include <string_view>

namespace kiosque {


std::string PublicationDate::iso() const {
  char buf[16];
  if (day)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string PublicationDate::sortable() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
  return buf;
}

std::optional<PublicationDate> PublicationDate::parse(const std::string& text) {
  // YYYY-MM, or YYYY-MM-DD optionally followed by a time ("T10:00:00Z" or " 10:00").
  std::string_view date = text;
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) date = date.substr(0, 10);
  if (date.size() != 7 && date.size() != 10) return std::nullopt;
  std::optional<dates::CalendarDate> parsed = dates::parse_calendar_date(date);  // the one date parser (dates/calendar_date.h)
  if (!parsed || parsed->year < 1000 || parsed->precision() == dates::DatePrecision::kYear) return std::nullopt;
  return PublicationDate{parsed->year, parsed->month, parsed->day};
}

std::string Article::body_text() const {
  std::string out;
  for (const auto& block : blocks) {
    if (!out.empty()) out += kBlockSeparator;
    out += block.text;
  }
  return out;
}

std::pair<std::size_t, std::size_t> Article::lead_range() const {
  std::size_t length = 0;  // of body_text() so far
  for (const auto& block : blocks) {
    if (length) length += kBlockSeparator.size();
    const std::size_t start = length;
    length += block.text.size();
    if (block.kind == BlockKind::kParagraph) return {start, length};
  }
  return {0, 0};
}

}  // namespace kiosque
