// GET /api/export?format=csv|jsonl with /api/search's filters: every
// matching article, streamed a page at a time (search/match_export.h), so
// the server's memory does not grow with the number of rows.
//
// start_export() checks the parameters and searches the first page before
// anything is sent, so a bad request still gets its JSON error; the rest
// follows as chunks, each page searched with a Searcher borrowed for it.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>

#include "request_params.h"
#include "search/match_export.h"

namespace kiosque::web {

class ExportStream {
 public:
  ExportStream(std::string db, search::ExportPager pager, std::string first);
  // Writes the next page to `sink`; false once the export is complete
  // (sink.done() called) or the client went away.
  bool write_next(httplib::DataSink& sink);

 private:
  std::string db_;
  search::ExportPager pager_;
  std::string pending_;  // the first page, searched before the reply began
};

struct ExportStart {
  std::shared_ptr<ExportStream> stream;
  std::string content_type;
  std::string filename;  // kiosque-export.csv
};

// Throws ApiException and QueryError for a bad request.
ExportStart start_export(const std::string& db, const Params& params);

}  // namespace kiosque::web
