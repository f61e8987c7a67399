#include "search_command.h"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/arguments.h"
#include "cli/exit_codes.h"
#include "query/query_error.h"
#include "search/searcher.h"

namespace kiosque::searcher {

namespace {

constexpr const char* kHelp = R"(Usage: kiosque search --db DIR [options] QUERY...

Searches the index in DIR and prints the best-ranked articles (BM25).

Query syntax: words must all match (accents, case and word endings do not
matter: "negociation" finds "négociations"); "a phrase" in quotes;
-word excludes. Stopwords ("la", "de") only count when the query has
nothing else.

Options:
  --db DIR     index folder (required)
  --limit N    number of results (default: 10)
  --json       print JSON instead of text
  -h, --help   this help

Exit codes: 0 success (even with no results), 1 the index cannot be
opened, 2 usage error, 4 the query cannot be searched.
)";

void print_text(const std::string& query, const SearchResults& results) {
  std::printf("%zu matching article%s for: %s\n", results.total, results.total == 1 ? "" : "s", query.c_str());
  for (const SearchHit& hit : results.hits) {
    std::string date = hit.date ? hit.date->iso() : "undated";
    std::printf("%3u. %6.2f  %-10s  %-3s  %s\n       %s\n", hit.rank, hit.score, date.c_str(), hit.language.c_str(),
                hit.id.c_str(), hit.title.c_str());
  }
}

void print_json(const std::string& query, const SearchResults& results) {
  nlohmann::json out = {{"query", query}, {"total", results.total}, {"results", nlohmann::json::array()}};
  for (const SearchHit& hit : results.hits) {
    out["results"].push_back({{"rank", hit.rank},
                              {"id", hit.id},
                              {"title", hit.title},
                              {"date", hit.date ? nlohmann::json(hit.date->iso()) : nlohmann::json(nullptr)},
                              {"lang", hit.language},
                              {"score", hit.score}});
  }
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace

int search_command(const std::vector<std::string>& args) {
  std::string db, query;
  std::size_t limit = 10;
  bool json = false;
  try {
    cli::Arguments parsed(args, {"--db", "--limit"}, {"--json"});
    if (parsed.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    db = parsed.required("--db");
    limit = static_cast<std::size_t>(parsed.number("--limit", 10, 1, 10000));
    json = parsed.flag("--json");
    for (const std::string& word : parsed.positional()) query += (query.empty() ? "" : " ") + word;
    if (query.empty()) throw cli::UsageError("give a QUERY");
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque search: " << e.what() << "\nRun 'kiosque search --help' for usage.\n";
    return cli::kExitUsage;
  }
  try {
    Searcher searcher(db);
    SearchResults results = searcher.search(query, 0, limit);
    json ? print_json(query, results) : print_text(query, results);
  } catch (const QueryError& e) {
    std::cerr << "kiosque search: bad query: " << e.what() << '\n';
    return cli::kExitBadQuery;
  } catch (const Xapian::DatabaseOpeningError& e) {
    std::cerr << "kiosque search: cannot open index '" << db << "': " << e.get_msg()
              << " (create it with 'kiosque index --db " << db << " PATH')\n";
    return cli::kExitFatal;
  } catch (const Xapian::Error& e) {
    std::cerr << "kiosque search: " << e.get_description() << '\n';
    return cli::kExitFatal;
  }
  return cli::kExitOk;
}

}  // namespace kiosque::searcher
