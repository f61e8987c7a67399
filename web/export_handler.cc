#include "export_handler.h"

#include <cstdio>

#include "searcher_pool.h"

namespace kiosque::web {

ExportStream::ExportStream(std::string db, search::ExportPager pager, std::string first)
    : db_(std::move(db)), pager_(std::move(pager)), pending_(std::move(first)) {}

bool ExportStream::write_next(httplib::DataSink& sink) {
  if (pending_.empty()) {
    try {
      if (!with_searcher(db_, [&](search::Searcher& s) { return pager_.next(s, pending_); })) {
        sink.done();
        return true;
      }
    } catch (const std::exception& e) {
      // Too late for an error reply: the export stops short, and says why here.
      std::fprintf(stderr, "kiosque serve: /api/export stopped after %zu rows: %s\n", pager_.rows(), e.what());
      return false;
    }
  }
  std::string chunk;
  chunk.swap(pending_);
  if (chunk.empty()) return true;  // an empty page: the next call ends the export
  return sink.write(chunk.data(), chunk.size());
}

ExportStart start_export(const std::string& db, const Params& params) {
  ExportParams p = parse_export_params(params);
  search::SearchRequest request = p.filters.request;
  request.sort = p.sort == "date" ? search::SortOrder::kDate : search::SortOrder::kRelevance;
  search::ExportFormat format = *search::parse_export_format(p.format);
  search::ExportPager pager(request, format);
  std::string first;
  with_searcher(db, [&](search::Searcher& s) { return pager.next(s, first); });
  return {std::make_shared<ExportStream>(db, std::move(pager), std::move(first)), export_content_type(format),
          "kiosque-export." + p.format};
}

}  // namespace kiosque::web
