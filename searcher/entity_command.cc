#include "entity_command.h"

#include <cstdio>
#include <iostream>

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "query/query_error.h"
#include "search/entity_profile.h"
#include "search/entity_profile_json.h"

namespace kiosque::searcher {

namespace {

constexpr const char* kHelp = R"(Usage: kiosque entity --db DIR [options] TYPE NAME...

Prints what the index knows of one person, place or organisation: its number
of articles, first and last dates, articles per month (per year over long
spans), the persons, places and organisations most associated with it, the
articles mainly about it and the names it goes by.

TYPE is person, place or org; NAME any spelling or alias ("Putin" finds
"Vladimir Poutine"), or a person's surname.

Associations are ranked by Dunning's log-likelihood G² of appearing together
(shared articles against chance); "shared" is the number of articles with
both, "lift" how many times more often than chance.

Options:
  --db DIR            index folder (required)
  --from DATE         only articles published on or after DATE (YYYY[-MM[-DD]])
  --to DATE           only articles published on or before DATE
  --limit N           articles listed per list (default: 10)
  --associations N    associated entities per type (default: 10)
  --json              print the JSON of GET /api/entity/TYPE/NAME
  -h, --help          this help

Exit codes: 0 success, 1 the index cannot be opened, 2 usage error,
3 no article of the index has this entity, 4 a bad date.
)";

void print_text(const search::EntityProfile& p) {
  std::printf("%s %s: %zu article%s", std::string(facet_name(p.facet)).c_str(), p.name.c_str(), p.articles,
              p.articles == 1 ? "" : "s");
  if (!p.timeline.first.empty()) std::printf(", %s to %s", p.timeline.first.c_str(), p.timeline.last.c_str());
  std::printf("\n");
  std::printf("\nper %s:\n", p.timeline.monthly ? "month" : "year");
  for (const search::TimelinePeriod& period : p.timeline.periods) std::printf("  %-8s %6zu\n", period.period.c_str(), period.count);
  if (p.timeline.undated) std::printf("  undated  %6zu\n", p.timeline.undated);
  for (const auto& entry : p.associations) {
    std::printf("\nassociated %s (shared articles, G², lift):\n", std::string(facet_name(entry.first)).c_str());
    for (const search::Association& a : entry.second)
      std::printf("  %6zu  %9.1f  %6.2f  %s\n", a.shared, a.score, a.lift, a.name.c_str());
  }
  auto print_articles = [](const char* heading, const std::vector<search::ProfileArticle>& list, std::size_t total) {
    std::printf("\n%s (%zu):\n", heading, total);
    for (const search::ProfileArticle& a : list)
      std::printf("  %-10s  %2zu mention%s%s  %s\n       %s\n", a.date ? a.date->iso().c_str() : "undated",
                  a.mentions.mentions, a.mentions.mentions == 1 ? " " : "s", a.mentions.in_title() ? ", title" : "",
                  a.id.c_str(), a.title.c_str());
  };
  print_articles("mainly about it", p.main_articles, p.main_total);
  print_articles("the others, newest first", p.other_articles, p.other_total);
  std::printf("\nwritten as:");
  for (const search::NameForm& f : p.forms) std::printf(" %s (%zu);", f.text.c_str(), f.mentions);
  std::printf("\n");
  if (!p.surnames.empty() || !p.aliases.empty()) {
    std::printf("also known as:");
    for (const std::string& name : p.surnames) std::printf(" %s;", name.c_str());
    for (const std::string& name : p.aliases) std::printf(" %s;", name.c_str());
    std::printf("\n");
  }
}

}  // namespace

int entity_command(const std::vector<std::string>& args) {
  std::string db;
  search::EntityProfileRequest request;
  bool json = false;
  try {
    cli::Arguments parsed(args, {"--db", "--from", "--to", "--limit", "--associations"}, {"--json"});
    if (parsed.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    db = parsed.required("--db");
    json = parsed.flag("--json");
    request.scope.from = parsed.value("--from").value_or("");
    request.scope.to = parsed.value("--to").value_or("");
    request.articles = static_cast<std::size_t>(parsed.number("--limit", 10, 0, 10000));
    request.associations = static_cast<std::size_t>(parsed.number("--associations", 10, 0, 10000));
    const std::vector<std::string>& words = parsed.positional();
    if (words.size() < 2) throw cli::UsageError("give a TYPE (person, place, org) and a NAME");
    std::optional<facets::Facet> facet = search::parse_entity_facet(words[0]);
    if (!facet) throw cli::UsageError("unknown TYPE '" + words[0] + "': expected person, place or org");
    request.facet = *facet;
    for (std::size_t i = 1; i < words.size(); ++i) request.name += (i > 1 ? " " : "") + words[i];
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque entity: " << e.what() << "\nRun 'kiosque entity --help' for usage.\n";
    return cli::kExitUsage;
  }
  try {
    search::Searcher searcher(db);
    search::EntityProfile profile = entity_profile(searcher, request);
    if (!profile.known) {
      std::cerr << "kiosque entity: no " << facet_name(request.facet) << " \"" << request.name << "\" in the index\n";
      return cli::kExitPartial;
    }
    if (json)
      std::cout << entity_profile_json(profile).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << '\n';
    else
      print_text(profile);
  } catch (const query::QueryError& e) {
    std::cerr << "kiosque entity: bad date: " << e.what() << '\n';
    return cli::kExitBadQuery;
  } catch (const Xapian::DatabaseOpeningError& e) {
    std::cerr << "kiosque entity: cannot open index '" << db << "': " << e.get_msg() << '\n';
    return cli::kExitFatal;
  } catch (const Xapian::Error& e) {
    std::cerr << "kiosque entity: " << e.get_description() << '\n';
    return cli::kExitFatal;
  }
  return cli::kExitOk;
}

}  // namespace kiosque::searcher
