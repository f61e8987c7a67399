#include "search/entity_timeline.h"

#include <algorithm>
#include <map>

#include "facets/facet_table.h"

namespace kiosque::search {

namespace {

int year_of(const std::string& month) { return std::stoi(month.substr(0, 4)); }
int month_of(const std::string& month) { return std::stoi(month.substr(5, 2)); }

std::string month_name(int year, int month) {
  std::string m = std::to_string(month);
  return std::to_string(year) + "-" + (m.size() < 2 ? "0" : "") + m;
}

bool is_month(const std::string& value) { return value.size() == 7 && value[4] == '-'; }

}  // namespace

Timeline make_timeline(const std::vector<facets::FacetValue>& months, const std::vector<facets::FacetValue>& days) {
  Timeline out;
  std::map<std::string, std::size_t> by_month;
  for (const facets::FacetValue& m : months) {
    if (!m.count) continue;
    if (is_month(m.value))
      by_month[m.value] += m.count;
    else
      out.undated += m.count;  // kUndatedValue
  }
  if (by_month.empty()) return out;

  const std::string first = by_month.begin()->first, last = by_month.rbegin()->first;
  const int first_year = year_of(first), last_year = year_of(last);
  const std::size_t span = static_cast<std::size_t>((last_year - first_year) * 12 + month_of(last) - month_of(first) + 1);
  out.monthly = span <= kMaxMonthPeriods;
  if (out.monthly) {
    for (int y = first_year, m = month_of(first); month_name(y, m) <= last; m == 12 ? (++y, m = 1) : ++m) {
      std::string name = month_name(y, m);
      auto it = by_month.find(name);
      out.periods.push_back({name, it == by_month.end() ? 0 : it->second});
    }
  } else {
    for (int y = first_year; y <= last_year; ++y) out.periods.push_back({std::to_string(y), 0});
    for (const auto& entry : by_month) out.periods[static_cast<std::size_t>(year_of(entry.first) - first_year)].count += entry.second;
  }

  std::vector<std::string> dated_days;
  for (const facets::FacetValue& d : days)
    if (d.count && d.value != facets::kUndatedValue) dated_days.push_back(d.value);
  std::sort(dated_days.begin(), dated_days.end());
  out.first = !dated_days.empty() && dated_days.front().compare(0, 7, first) == 0 ? dated_days.front() : first;
  out.last = !dated_days.empty() && dated_days.back().compare(0, 7, last) == 0 ? dated_days.back() : last;
  return out;
}

}  // namespace kiosque::search
