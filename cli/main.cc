// kiosque: one binary, one subcommand per job. Each subcommand lives in its
// own folder (indexer/, searcher/, web/); this file only dispatches.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "command_line/exit_codes.h"
#include "entity_command.h"
#include "index_command.h"
#include "search_command.h"
#include "serve_command.h"
#include "shard_serve_command.h"
#include "show_command.h"

namespace {

constexpr const char* kHelp = R"(Usage: kiosque COMMAND [options]

Full-text search for news archives.

Commands:
  index    read articles (folders of .txt, .jsonl files) into an index
  search   search an index from the terminal, with filters and facet counts
  show     print stored articles by id, with their entities
  entity   a person's, place's or organisation's timeline, associations and articles
  serve    serve a search page and a JSON API over HTTP
  shard-serve  count facets where a remote shard is, for a coordinator

Run 'kiosque COMMAND --help' for a command's options.
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::cout << kHelp;
    return argc < 2 ? kiosque::cli::kExitUsage : kiosque::cli::kExitOk;
  }
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "index") return kiosque::indexer::index_command(args);
  if (command == "search") return kiosque::searcher::search_command(args);
  if (command == "show") return kiosque::searcher::show_command(args);
  if (command == "entity") return kiosque::searcher::entity_command(args);
  if (command == "serve") return kiosque::web::serve_command(args);
  if (command == "shard-serve") return kiosque::web::shard_serve_command(args);
  std::cerr << "kiosque: unknown command '" << command << "'\nRun 'kiosque --help' for the list of commands.\n";
  return kiosque::cli::kExitUsage;
}
