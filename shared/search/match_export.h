// Every article a search matches, as CSV (RFC 4180, UTF-8) or JSON Lines,
// for `kiosque search --export` and GET /api/export: one row per article
// with id, date, title, source, url, persons, places, organisations, score.
//
// The rows come a page at a time (ExportPager), each page a new search at the
// next offset, so memory stays flat however many articles match: a caller
// writes a page out before asking for the next. Nothing is collapsed: the
// rows are exactly `total` articles, in the search's order. (An export that
// spans a commit of the index reads its later pages from the new revision.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "search/searcher.h"

namespace kiosque::search {

enum class ExportFormat { kCsv, kJsonl };

// Articles per page: a page's rows are a few hundred KiB at most.
inline constexpr std::size_t kExportPageSize = 500;

// "csv" or "jsonl"; nullopt for anything else.
std::optional<ExportFormat> parse_export_format(std::string_view name);
// The media type of a format, with its charset.
const char* export_content_type(ExportFormat format);

// The CSV header line (CRLF-ended); "" for JSON Lines.
std::string export_header(ExportFormat format);
// One article's row, line end included. Persons, places and organisations
// are the article's, most mentioned first: in CSV one cell each, names
// joined by "; ".
std::string export_row(ExportFormat format, const SearchHit& hit);

class ExportPager {
 public:
  ExportPager(SearchRequest request, ExportFormat format);

  // Appends the next page's rows (the header first) to `out`, searched with
  // `searcher`; false, with nothing appended, once every match is out.
  // Throws what Searcher::search throws.
  bool next(Searcher& searcher, std::string& out);

  // Rows written so far.
  std::size_t rows() const { return rows_; }

 private:
  SearchRequest request_;
  ExportFormat format_;
  std::size_t rows_ = 0;
  bool header_done_ = false;
  bool done_ = false;
};

}  // namespace kiosque::search
