#include "search_command.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "entity_json.h"
#include "errors.h"
#include "search/match_export.h"
#include "query/query_error.h"
#include "search/filter_suggestion_json.h"
#include "search/searcher.h"

namespace kiosque::searcher {

namespace {

constexpr const char* kHelp = R"(Usage: kiosque search --db DIR [options] [QUERY...]

Searches the index in DIR and prints the best-ranked articles (BM25).

Query syntax (accents, case and word endings do not matter: "negociation"
finds "négociations"):
  ukraine guerre          every word must match; when few articles have them
                          all, the rarest words are kept and the others
                          only rank (question words such as "quelles" first)
  "mort de la reine"      a phrase, in order ("…", “…” or «…»)
  -guerre                 excludes a word, "phrase", (group) or field
  a b OR c                OR, in capitals: (a AND b) OR c; group with ( )
  négoci*                 words starting with négoci
  person:Putin            also place:, org: (any spelling of the name)
  lang:fr                 articles in this language
  source:"Le Monde"       articles of this publication
  date:2023-09            date:YYYY[-MM[-DD]], or a range date:2023-01..2023-06
                          (open: date:..2023-06, date:2023..)
Stopwords ("la", "de") only count when the words around them have nothing
else. A query of fields only, or no QUERY with filters: every article that
passes them. A misspelled word gets a suggestion from the index's words; a
query that finds nothing, or far less than the suggestion, searches it.

Options:
  --db DIR          index folder (required)
  --person NAME     only articles about this person ("Putin" finds
                    "Vladimir Poutine"); repeat to require several
  --place NAME      only articles naming this place (repeatable)
  --org NAME        only articles naming this organisation (repeatable)
  --lang CODE       only articles in this language (fr, en...); repeat for any of several
  --source NAME     only articles of this publication (case and accents do
                    not matter); repeat for any of several
  --from DATE       published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE         published on or before DATE
  --limit N         number of results (default: 10)
  --sort ORDER      relevance (default with a QUERY) or date: newest first,
                    without the matches far weaker than the best one (the
                    count of those left out is printed)
  --facets          also print exact counts of persons, places, organisations,
                    languages, years, months and sources over all matching articles
  --facet-limit N   values shown per facet (default: 10)
  --json            print JSON instead of text
  --no-correct      search the query as typed, never its correction
  --bm25            rank by BM25 alone, without the news signals (words in
                    the title, near each other, articles about a name)
  --export FORMAT   print every matching article (not a page) as csv (RFC
                    4180) or jsonl: id, date, title, source, url, persons,
                    places, organisations, score; by relevance, by date
                    with no QUERY
  -h, --help        this help

Exit codes: 0 success (even with no results), 1 the index cannot be
opened, 2 usage error, 4 the query or a filter cannot be searched.
)";

nlohmann::json entities_json(const std::vector<NamedEntity>& entities) {
  nlohmann::json out = nlohmann::json::array();
  for (const NamedEntity& e : entities)
    out.push_back(entity_json<nlohmann::json>(e));
  return out;
}

// One line on stderr per entity filter that names nothing in the index,
// or a surname several persons share:
// `no person "Sarkozi" in the index; did you mean: Nicolas Sarkozy, Louis Sarkozy?`
// `person "Le Pen" names several persons: Marine Le Pen, Jean-Marie Le Pen`
void print_filter_suggestions(const search::SearchResults& results) {
  for (const search::FilterSuggestion& s : results.filter_suggestions) {
    if (s.ambiguous) {
      std::cerr << facet_name(s.facet) << " \"" << s.value << "\" names several persons";
      for (std::size_t i = 0; i < s.suggestions.size(); ++i) std::cerr << (i ? ", " : ": ") << s.suggestions[i];
      std::cerr << "\n";
      continue;
    }
    std::cerr << "no " << facet_name(s.facet) << " \"" << s.value << "\" in the index";
    for (std::size_t i = 0; i < s.suggestions.size(); ++i)
      std::cerr << (i ? ", " : "; did you mean: ") << s.suggestions[i];
    std::cerr << (s.suggestions.empty() ? "\n" : "?\n");
  }
}

void print_text(const search::SearchRequest& request, const search::SearchResults& results) {
  std::printf("%zu matching article%s%s%s\n", results.total, results.total == 1 ? "" : "s",
              request.query.empty() ? "" : " for: ", request.query.c_str());
  if (results.below_floor)
    std::printf("(par date : %zu article%s trop peu pertinent%s laissé%s de côté)\n", results.below_floor,
                results.below_floor == 1 ? "" : "s", results.below_floor == 1 ? "" : "s", results.below_floor == 1 ? "" : "s");
  if (results.newest_first && results.total)
    std::printf("(mots trop courants pour classer par pertinence : les plus récents d'abord)\n");
  if (results.corrected_from)
    std::printf("Résultats pour : %s — rechercher plutôt : %s (--no-correct)\n", results.searched_query.c_str(),
                results.corrected_from->c_str());
  if (!results.optional_words.empty()) {
    std::string words;
    for (const std::string& word : results.optional_words) words += (words.empty() ? "" : ", ") + word;
    std::printf("Mots non requis (peu d'articles les ont tous) : %s\n", words.c_str());
  }
  if (results.suggestion) std::printf("Vouliez-vous dire : %s ?\n", results.suggestion->c_str());
  for (const search::SearchHit& hit : results.hits) {
    std::string date = hit.date ? hit.date->iso() : "undated";
    std::printf("%3u. %6.2f  %-10s  %-3s  %s\n       %s\n", hit.rank, hit.score, date.c_str(), hit.language.c_str(),
                hit.id.c_str(), hit.title.c_str());
    std::string persons;
    for (const NamedEntity& e : hit.entities) {
      if (e.type != entities::EntityType::kPerson) continue;
      if (!persons.empty()) persons += ", ";
      persons += e.name;
    }
    if (!persons.empty()) std::printf("       persons: %s\n", persons.c_str());
  }
  for (const auto& [facet, values] : results.facets) {
    if (facet == facets::Facet::kDay) continue;  // too long for a terminal; in --json
    std::printf("\n%s:", std::string(facet_name(facet)).c_str());
    if (values.empty()) std::printf(" (none)");
    for (const facets::FacetValue& v : values) std::printf("\n  %6zu  %s", v.count, v.value.c_str());
    std::printf("\n");
  }
}

void print_json(const search::SearchRequest& request, const search::SearchResults& results) {
  nlohmann::json out = {{"query", request.query},
                        {"total", results.total},
                        {"below_floor", results.below_floor},
                        {"newest_first", results.newest_first},
                        {"suggestion", results.suggestion ? nlohmann::json(*results.suggestion)
                                                          : nlohmann::json(nullptr)},
                        {"filter_suggestions", search::filter_suggestions_json<nlohmann::json>(results.filter_suggestions)},
                        {"searched_query", results.searched_query},
                        {"corrected_from", results.corrected_from ? nlohmann::json(*results.corrected_from)
                                                                  : nlohmann::json(nullptr)},
                        {"optional_words", results.optional_words},
                        {"results", nlohmann::json::array()}};
  for (const search::SearchHit& hit : results.hits) {
    out["results"].push_back({{"rank", hit.rank},
                              {"id", hit.id},
                              {"title", hit.title},
                              {"date", hit.date ? nlohmann::json(hit.date->iso()) : nlohmann::json(nullptr)},
                              {"lang", hit.language},
                              {"source", hit.source},
                              {"score", hit.score},
                              {"entities", entities_json(hit.entities)}});
  }
  if (!results.facets.empty()) {
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& [facet, values] : results.facets) {
      nlohmann::json list = nlohmann::json::array();
      for (const facets::FacetValue& v : values) list.push_back({{"value", v.value}, {"count", v.count}});
      facets[std::string(facet_name(facet))] = std::move(list);
    }
    out["facets"] = std::move(facets);
  }
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace

// Every match, a page at a time (search/match_export.h): without words, newest first.
void export_matches(search::Searcher& searcher, search::SearchRequest request, search::ExportFormat format) {
  if (request.query.find_first_not_of(" \t\r\n") == std::string::npos) request.sort = search::SortOrder::kDate;
  search::ExportPager pager(std::move(request), format);
  std::string rows;
  while (pager.next(searcher, rows)) {
    std::cout << rows;
    rows.clear();
  }
  std::cout.flush();
}

int search_command(const std::vector<std::string>& args) {
  std::string db;
  search::SearchRequest request;
  bool json = false;
  std::optional<search::ExportFormat> export_format;
  try {
    std::vector<std::string> options = {"--db", "--limit", "--from", "--to", "--facet-limit", "--export", "--sort"};
    for (facets::Facet facet : facets::value_facets()) options.push_back("--" + std::string(facet_name(facet)));
    cli::Arguments parsed(args, options, {"--json", "--facets", "--no-correct", "--bm25"});
    if (parsed.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    db = parsed.required("--db");
    request.limit = static_cast<std::size_t>(parsed.number("--limit", 10, 0, 10000));
    request.facets = parsed.flag("--facets");
    request.facet_limit = static_cast<std::size_t>(parsed.number("--facet-limit", 10, 1, 100000));
    for (facets::Facet facet : facets::value_facets())
      if (auto chosen = parsed.values("--" + std::string(facet_name(facet))); !chosen.empty())
        request.selected[facet] = std::move(chosen);
    request.from = parsed.value("--from").value_or("");
    request.to = parsed.value("--to").value_or("");
    if (auto sort = parsed.value("--sort")) {
      if (*sort != "relevance" && *sort != "date")
        throw cli::UsageError("--sort: expected relevance or date, got '" + *sort + "'");
      request.sort = *sort == "date" ? search::SortOrder::kDate : search::SortOrder::kRelevance;
    }
    json = parsed.flag("--json");
    request.autocorrect = !parsed.flag("--no-correct");
    request.news_signals = !parsed.flag("--bm25");
    if (auto format = parsed.value("--export")) {
      export_format = search::parse_export_format(*format);
      if (!export_format) throw cli::UsageError("--export: expected csv or jsonl, got '" + *format + "'");
    }
    for (const std::string& word : parsed.positional()) request.query += (request.query.empty() ? "" : " ") + word;
    if (request.query.empty() && !request.has_filters()) throw cli::UsageError("give a QUERY or a filter");
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque search: " << e.what() << "\nRun 'kiosque search --help' for usage.\n";
    return cli::kExitUsage;
  }
  try {
    search::Searcher searcher(db);
    if (export_format) {
      export_matches(searcher, request, *export_format);
      return cli::kExitOk;
    }
    search::SearchResults results = searcher.search(request);
    print_filter_suggestions(results);
    json ? print_json(request, results) : print_text(request, results);
  } catch (...) {
    const Failure failure = failure_of(std::current_exception());
    if (failure.kind == ErrorKind::kBadQuery)
      std::cerr << "kiosque search: bad query: " << failure.detail << '\n';
    else if (failure.kind == ErrorKind::kIndexUnavailable)
      std::cerr << "kiosque search: cannot open index '" << db << "': " << failure.detail
              << (std::filesystem::exists(db) ? "" : " (create it with 'kiosque index --db " + db + " PATH')") << '\n';
    else
      std::cerr << "kiosque search: " << failure.detail << '\n';
    return error_info(failure.kind).exit_code;
  }
  return cli::kExitOk;
}

}  // namespace kiosque::searcher
