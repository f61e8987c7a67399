// Query latency through the library API: kiosque::search::Searcher, as `kiosque
// search` and the HTTP server use it, with no process start-up, parsing of
// HTTP or JSON output in the timing. Used by tests/bench/run.
//
// Reads queries as JSON Lines ({"label", "q", "person": [..], "from", "to"}),
// runs each once to warm up, then --rounds times, each asking for the top 10
// and exact counts of all facets (request.facets = true), and prints one JSON
// object: per query its total, the ids of its top 10, facet sizes, the keys its
// person filters resolve to (the peers filter on them) and its latencies in ms.
// No spelling suggestion is asked for (the peers make none) unless --suggest;
// the HTTP API's figures include it.
//
// Usage: kiosque_query_bench --db DIR --queries FILE [--rounds N] [--suggest]
//                            [--match-threads T]
// (--rounds 0: the warm-up only, for totals and person keys; --match-threads:
// threads one broad query uses, search/partitioned_match.h, 1: one, even
// on a loaded machine; default: the Searcher's, which leaves busy cores)
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "query/query_error.h"
#include "search/searcher.h"

namespace {

struct BenchQuery {
  std::string label;
  kiosque::search::SearchRequest request;
};

std::vector<std::string> strings(const nlohmann::json& record, const char* name) {
  std::vector<std::string> out;
  if (record.contains(name))
    for (const auto& value : record[name]) out.push_back(value.get<std::string>());
  return out;
}

std::vector<BenchQuery> read_queries(const std::string& path, bool suggest) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open the query file");
  std::vector<BenchQuery> queries;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": not JSON: " + e.what());
    }
    BenchQuery query;
    query.label = record.value("label", "query " + std::to_string(number));
    query.request.query = record.value("q", "");
    query.request.selected[kiosque::facets::Facet::kPerson] = strings(record, "person");
    query.request.from = record.value("from", "");
    query.request.to = record.value("to", "");
    query.request.limit = 10;
    query.request.facets = true;
    query.request.facet_limit = 10;
    query.request.match_all_when_empty = true;
    query.request.suggest = suggest;
    queries.push_back(std::move(query));
  }
  return queries;
}

int run(int argc, char** argv) {
  std::string db, queries_path;
  int rounds = 5;
  bool suggest = false;
  int match_threads = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(arg + ": missing value");
      return argv[++i];
    };
    if (arg == "--db") db = next();
    else if (arg == "--queries") queries_path = next();
    else if (arg == "--rounds") rounds = std::atoi(next().c_str());
    else if (arg == "--suggest") suggest = true;
    else if (arg == "--match-threads") match_threads = std::atoi(next().c_str());
    else throw std::runtime_error("unknown option '" + arg + "'; usage: --db DIR --queries FILE [--rounds N] [--suggest] [--match-threads T]");
  }
  if (db.empty() || queries_path.empty() || rounds < 0)
    throw std::runtime_error("usage: kiosque_query_bench --db DIR --queries FILE [--rounds N >= 0]");

  std::vector<BenchQuery> queries = read_queries(queries_path, suggest);
  kiosque::search::Searcher searcher(db);
  if (match_threads > 0)  // as asked, whatever the machine's load
    searcher.set_match_threads(static_cast<unsigned>(match_threads), kiosque::search::kPartitionFrom, false);
  nlohmann::json out = {{"documents", searcher.database().get_doccount()}, {"rounds", rounds}};
  nlohmann::json results = nlohmann::json::array();
  for (const BenchQuery& query : queries) {
    nlohmann::json result = {{"label", query.label}};
    kiosque::search::SearchResults first = searcher.search(query.request);  // warm-up, and what it finds
    result["total"] = first.total;
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& hit : first.hits) ids.push_back(hit.id);
    result["top_ids"] = ids;
    nlohmann::json facet_sizes = nlohmann::json::object();
    for (const auto& [facet, values] : first.facets)
      facet_sizes[std::string(kiosque::facets::facet_name(facet))] = values.size();
    result["facet_values"] = facet_sizes;
    nlohmann::json person_keys = nlohmann::json::array();
    for (const std::string& name : query.request.values(kiosque::facets::Facet::kPerson))
      person_keys.push_back(searcher.entity_key(kiosque::entities::EntityType::kPerson, name));
    result["person_keys"] = person_keys;
    result["ms"] = nlohmann::json::array();
    results.push_back(result);
  }
  for (int round = 0; round < rounds; ++round) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      auto start = std::chrono::steady_clock::now();
      kiosque::search::SearchResults found = searcher.search(queries[i].request);
      std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
      if (found.total != results[i]["total"].get<std::size_t>())
        throw std::runtime_error(queries[i].label + ": the total changed between rounds");
      results[i]["ms"].push_back(elapsed.count());
    }
  }
  out["queries"] = results;
  std::cout << out.dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const kiosque::query::QueryError& e) {
    std::cerr << "kiosque_query_bench: query error: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "kiosque_query_bench: " << e.what() << "\n";
  }
  return 1;
}
