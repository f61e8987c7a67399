// `kiosque shard-serve`: a remote shard's count server, run beside its
// xapian-tcpsrv: it counts the facets of a coordinator's queries on the
// shard (shards/count_service.h) and answers per-value counts over HTTP.
#pragma once

#include <string>
#include <vector>

namespace kiosque::web {

// Runs the command with the arguments after "shard-serve"; returns the exit
// code when the server stops (Ctrl-C, SIGTERM) or cannot start.
int shard_serve_command(const std::vector<std::string>& args);

}  // namespace kiosque::web
