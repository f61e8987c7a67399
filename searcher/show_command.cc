#include "show_command.h"

#include <iostream>
#include <nlohmann/json.hpp>

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "article_json.h"
#include "errors.h"
#include "facets/facet.h"
#include "search/searcher.h"

namespace kiosque::searcher {

namespace {

constexpr const char* kHelp = R"(Usage: kiosque show --db DIR [--json] ID...

Prints the stored articles with these ids (a .txt article's path relative to
its archive folder, or a JSON line's "id"): title, date, language, text,
photo credits, and the persons, places and organisations found in it with
their mention counts. --json prints one JSON object per line, with each
mention's byte offsets in the text.

Exit codes: 0 all found, 1 the index cannot be opened, 2 usage error,
3 some ids were not found (each is reported).
)";

const char* block_label(BlockKind kind) {
  return kind == BlockKind::kHeading ? "## " : kind == BlockKind::kCaption ? "[photo] " : "";
}

void print_text(const Article& a) {
  std::cout << a.id << "\n" << a.title << "\n"
            << (a.date ? a.date->iso() : "undated") << "  " << a.language << "\n\n";
  for (const TextBlock& block : a.blocks) std::cout << block_label(block.kind) << block.text << "\n\n";
  for (const std::string& credit : a.credits) std::cout << "photo credit: " << credit << "\n";
  for (const NamedEntity& e : a.entities)
    std::cout << facets::facet_name(facets::facet_of(e.type)) << ": " << e.name << " (" << e.count() << ")\n";
  for (const dates::DateMention& m : a.mentioned_dates) {
    std::cout << "mentioned: " << m.value() << (m.inferred ? " (inferred)" : "");
    if (m.in_title)
      std::cout << " in the title";
    else
      std::cout << " \"" << std::string_view(a.body_text()).substr(m.start, m.end - m.start) << "\"";
    std::cout << "\n";
  }
  std::cout << "\n";
}

}  // namespace

int show_command(const std::vector<std::string>& args) {
  std::string db;
  bool json = false;
  std::vector<std::string> ids;
  try {
    cli::Arguments parsed(args, {"--db"}, {"--json"});
    if (parsed.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    db = parsed.required("--db");
    json = parsed.flag("--json");
    ids = parsed.positional();
    if (ids.empty()) throw cli::UsageError("give at least one article ID");
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque show: " << e.what() << "\nRun 'kiosque show --help' for usage.\n";
    return cli::kExitUsage;
  }
  int status = cli::kExitOk;
  try {
    search::Searcher searcher(db);
    for (const std::string& id : ids) {
      std::optional<Article> article = searcher.document(id);
      if (!article) {
        std::cerr << "kiosque show: no article with id '" << id << "'\n";
        status = error_info(ErrorKind::kNotFound).exit_code;
        continue;
      }
      if (json)
        std::cout << article_json(*article, TextOffsets::kBytes).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      else
        print_text(*article);
    }
  } catch (...) {
    const Failure failure = failure_of(std::current_exception());
    std::cerr << "kiosque show: cannot open index '" << db << "': " << failure.detail << "\n";
    return error_info(failure.kind).exit_code;
  }
  return status;
}

}  // namespace kiosque::searcher
