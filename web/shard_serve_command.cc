#include "shard_serve_command.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "errors.h"
#include "shards/count_protocol.h"
#include "shards/count_service.h"
#include "stop_signals.h"

namespace kiosque::web {

namespace {

constexpr const char* kHelp = R"(Usage: kiosque shard-serve --db SHARD [--host ADDR] [--port N] [--threads N] [--quiet]

Counts facets for a coordinator ('kiosque search' or 'kiosque serve' over a
stub of remote shards) where the shard is: beside the shard's xapian-tcpsrv,
it answers each query's per-value counts instead of letting every match's
document number cross the network; and it sends a results page's stored
documents at once, where xapian-tcpsrv sends them one by one. The
coordinator's stub names it on a line after the shard's remote line:

  remote 10.0.0.7:33333
  #kiosque-count 10.0.0.7:33334

Like xapian-tcpsrv it has no authentication: listen on a private network.

Options:
  --db SHARD      the shard's database (one folder of 'kiosque index --shards N': DIR/shard-0)
  --host ADDR     address to listen on (default: 127.0.0.1)
  --port N        port (required; 0 picks a free one, printed at start)
  --threads N     coordinator connections served at once (default 32; each
                  search thread of a coordinator keeps two open: counts, documents)
  --quiet         no log line per request on stderr
  -h, --help      this help

GET /healthz answers {"documents": N, "counted": REQUESTS, "read": REQUESTS}
(count requests and document requests answered). Stops on Ctrl-C
or SIGTERM. Exit codes: 0 stopped, 1 the shard cannot be opened or the
address cannot be bound, 2 usage error.
)";

// Requests with the coordinator's surname resolution are the largest: about
// 40 bytes per resolved surname.
constexpr std::size_t kMaxBodyBytes = std::size_t{64} << 20;
constexpr time_t kTimeoutSeconds = 10;
// A kept-alive connection holds its thread until it closes: enough threads
// for every coordinator search thread's two connections (`kiosque serve`
// runs 8), or a coordinator's requests wait for others' connections to idle out.
constexpr long kDefaultThreads = 32;
constexpr time_t kKeepAliveSeconds = 60;
constexpr std::size_t kKeepAliveRequests = 100000;

}  // namespace

int shard_serve_command(const std::vector<std::string>& args) {
  std::string db, host = "127.0.0.1";
  long port = 0, threads = 0;
  bool quiet = false;
  try {
    cli::Arguments parsed(args, {"--db", "--host", "--port", "--threads"}, {"--quiet"});
    if (parsed.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    db = parsed.required("--db");
    host = parsed.value("--host").value_or(host);
    port = parsed.number("--port", -1, 0, 65535);
    if (port < 0) throw cli::UsageError("--port is required (0: a free one)");
    threads = parsed.number("--threads", kDefaultThreads, 1, 256);
    quiet = parsed.flag("--quiet");
    if (!parsed.positional().empty()) throw cli::UsageError("unexpected argument '" + parsed.positional().front() + "'");
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque shard-serve: " << e.what() << "\nRun 'kiosque shard-serve --help' for usage.\n";
    return cli::kExitUsage;
  }

  std::unique_ptr<shards::CountService> service;
  std::size_t documents = 0;
  try {
    service = std::make_unique<shards::CountService>(db);
    documents = service->documents();
  } catch (...) {
    const Failure failure = failure_of(std::current_exception());
    std::cerr << "kiosque shard-serve: cannot open shard '" << db << "': " << failure.detail << '\n';
    return error_info(failure.kind).exit_code;
  }

  const sigset_t stop_signals = block_stop_signals();

  std::atomic<std::size_t> counted{0}, read{0};
  httplib::Server server;
  const auto pool_size = static_cast<std::size_t>(threads);
  server.new_task_queue = [pool_size] { return new httplib::ThreadPool(pool_size); };
  server.set_tcp_nodelay(true);
  // A coordinator keeps its connection: no connection set up per search.
  server.set_keep_alive_timeout(kKeepAliveSeconds);
  server.set_keep_alive_max_count(kKeepAliveRequests);
  server.set_read_timeout(kTimeoutSeconds);
  server.set_write_timeout(kTimeoutSeconds);
  server.set_payload_max_length(kMaxBodyBytes);
  if (!quiet)
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %s %d %zu\n", req.remote_addr.c_str(), req.method.c_str(), req.target.c_str(),
                   res.status, res.body.size());
    });
  server.Post(shards::kCountPath, [&](const httplib::Request& req, httplib::Response& res) {
    shards::CountService::Answer answer = service->count(req.body);
    if (answer.status == 200) ++counted;
    res.status = answer.status;
    res.set_content(answer.body, answer.status == 200 ? "application/octet-stream" : "application/json");
  });
  server.Post(shards::kDocumentsPath, [&](const httplib::Request& req, httplib::Response& res) {
    shards::CountService::Answer answer = service->documents(req.body);
    if (answer.status == 200) ++read;
    res.status = answer.status;
    res.set_content(answer.body, answer.status == 200 ? "application/octet-stream" : "application/json");
  });
  server.Get("/healthz", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content("{\"documents\": " + std::to_string(service->documents()) + ", \"counted\": " +
                        std::to_string(counted.load()) + ", \"read\": " + std::to_string(read.load()) + "}",
                    "application/json");
  });

  int bound = static_cast<int>(port);
  if (bound == 0 ? (bound = server.bind_to_any_port(host)) < 0 : !server.bind_to_port(host, bound)) {
    std::cerr << "kiosque shard-serve: cannot listen on " << host << ":" << port
              << " (in use by another program? try another --port)\n";
    return cli::kExitFatal;
  }
  std::cout << "kiosque shard-serve: " << documents << " articles in " << db << "; counting on " << host << ":"
            << bound << " (Ctrl-C stops)" << std::endl;

  listen_until_stopped(server, stop_signals);
  if (!quiet) std::cerr << "kiosque shard-serve: stopped\n";
  return cli::kExitOk;
}

}  // namespace kiosque::web
