#include "article.h"

#include <cstdio>

namespace kiosque {

namespace {

bool all_digits(const std::string& s, std::size_t from, std::size_t count) {
  if (from + count > s.size()) return false;
  for (std::size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

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
  // YYYY-MM
  if (!all_digits(text, 0, 4) || text.size() < 7 || text[4] != '-' || !all_digits(text, 5, 2))
    return std::nullopt;
  PublicationDate d;
  d.year = std::stoi(text.substr(0, 4));
  d.month = std::stoi(text.substr(5, 2));
  if (d.year < 1000 || d.month < 1 || d.month > 12) return std::nullopt;
  if (text.size() == 7) return d;
  // YYYY-MM-DD, optionally followed by a time ("T10:00:00Z" or " 10:00").
  if (text[7] != '-' || !all_digits(text, 8, 2)) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  d.day = std::stoi(text.substr(8, 2));
  if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
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
