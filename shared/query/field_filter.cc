#include "query/field_filter.h"

#include <algorithm>
#include <cassert>

#include "query/date_range.h"
#include "query/mentioned_filter.h"
#include "query/query_error.h"
#include "schema.h"

namespace kiosque::query {

namespace {

// A kCode facet's field: lang:fr.
Xapian::Query code_filter(const facets::FacetInfo& row, const QueryNode& field, std::string_view query) {
  std::string code = field.text;
  std::transform(code.begin(), code.end(), code.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
  bool letters = std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!letters || code.size() < 2 || code.size() > 3)
    throw query_error_at(query, field.text_start, "bad_language", "bad language '" + field.text + "'",
                         "use an ISO 639-1 code: lang:fr, lang:en, lang:de", field.text);
  return Xapian::Query(schema::term(row.prefix, code));
}

Xapian::Query date_filter(const QueryNode& field, std::string_view query) {
  const std::string& value = field.text;
  std::size_t dots = value.find("..");
  std::string_view from = value, to = value;
  std::size_t to_start = field.text_start;
  if (dots != std::string::npos) {
    from = std::string_view(value).substr(0, dots);
    to = std::string_view(value).substr(dots + 2);
    to_start += dots + 2;
    if (from.empty() && to.empty())
      throw query_error_at(query, field.text_start, "empty_date_range", "date range without dates",
                           "write date:2023-01..2023-06, date:..2023-06 or date:2023..");
  }
  auto bound = [&](std::string_view text, bool upper, std::size_t at) {
    if (text.empty()) return std::string(upper ? kLatestDate : kEarliestDate);
    auto found = date_bound(text, upper);
    if (!found)
      throw query_error_at(query, at, "bad_date", "bad date '" + std::string(text) + "'",
                           std::string("expected ") + kDateFormats + ", or a range FROM..TO", std::string(text));
    return *found;
  };
  std::string low = bound(from, false, field.text_start);
  std::string high = bound(to, true, to_start);
  if (low > high)
    throw query_error_at(query, field.text_start, "reversed_dates",
                         "empty date range: " + std::string(from) + " is after " + std::string(to),
                         "write the earlier date first");
  return date_range_filter(low, high);
}

}  // namespace

Xapian::Query field_filter(const QueryNode& field, std::string_view query, const names::EntityResolver& entities) {
  if (auto facet = facets::facet_of_field(field.field)) {
    const facets::FacetInfo& row = facets::facet_info(*facet);
    switch (row.kind) {
      case facets::FacetKind::kEntity: return entities.query(row.entity_type, field.text);
      case facets::FacetKind::kCode: return code_filter(row, field, query);
      case facets::FacetKind::kName: return Xapian::Query(schema::term(row.prefix, facet_key(row.facet, field.text)));
      case facets::FacetKind::kDate: break;  // dates have the date: field
      case facets::FacetKind::kMentionedDate:
        try {
          return mentioned_filter(field.text);
        } catch (const QueryError& e) {
          throw QueryError(std::string(e.what()) + " (at character " +
                               std::to_string(character_position(query, field.text_start)) + ")",
                           character_position(query, field.text_start));
        }
    }
  }
  assert(field.field == schema::kDateField);  // the parser accepts no other field
  return date_filter(field, query);
}

}  // namespace kiosque::query
