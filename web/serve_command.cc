#include "serve_command.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "auth.h"

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "errors.h"
#include "connection_pool.h"
#include "routes.h"
#include "search/searcher.h"
#include "searcher_pool.h"
#include "stop_signals.h"

namespace kiosque::web {

namespace {

constexpr const char* kHelp = R"(Usage: kiosque serve --db DIR [--host ADDR] [--port N] [--threads N]
                     [--cache-mb N] [--auth-file FILE | --auth TOKEN] [--quiet]

Serves the index in DIR over HTTP: a search page at http://HOST:PORT/ and a
JSON API (/api/search, /api/facet/NAME, /api/doc/ID, /healthz; see the
README's "HTTP API"). The page is built into the binary: no other files are
needed. An index updated by 'kiosque index' while the server runs is served
at once, without a restart.

Options:
  --db DIR        index folder (required)
  --host ADDR     address to listen on (default: 127.0.0.1, this machine only;
                  any other address, such as 0.0.0.0, needs a token)
  --port N        port (default: 8080; 0 picks a free one, printed at start)
  --threads N     searches run at once, each with its own index handle
                  (default: twice the cores, at least 8)
  --cache-mb N    memory for recent search answers, reused while the index
                  does not change (default: 64; 0: none)
  --auth-file FILE  require the token in FILE (its first line, 16 bytes or
                  more) on every request: 'Authorization: Bearer TOKEN', or
                  HTTP Basic with any user name and the token as password
                  (browsers ask for it). The KIOSQUE_AUTH_TOKEN variable or
                  --auth TOKEN (visible to other users in 'ps') also set it.
  --quiet         no access log on stderr
  -h, --help      this help

Stops on Ctrl-C or SIGTERM. Exit codes: 0 stopped, 1 the index cannot be
opened or the address cannot be bound, 2 usage error.
)";

constexpr long kMaxThreads = 256;
constexpr long kDefaultCacheMb = 64;

// Connections served at once, each on its own thread (connection_pool.h),
// started as needed. Most wait on idle clients, which cost a sleeping thread;
// searches themselves are limited to --threads (searcher_pool.h). More
// connections than this wait in line.
constexpr std::size_t kConnectionThreads = 512;
// A browser keeps idle connections open, each holding a connection thread: a
// short keep-alive frees them quickly; an idle new connection is closed as soon.
constexpr time_t kKeepAliveSeconds = 2;
// Connections waiting to be accepted. Debian's cpp-httplib listens with a
// backlog of 5: under a burst of new connections the rest wait for TCP's SYN
// retries (1, 3, 7, 15 s...), so it is raised once bound.
constexpr int kListenBacklog = 1024;
constexpr std::size_t kKeepAliveRequests = 1000;  // then the connection is closed (few reconnections: few threads)
// A client that stops sending mid-request, or stops reading the reply, is
// dropped after this long without progress.
constexpr time_t kReadTimeoutSeconds = 5;
constexpr time_t kWriteTimeoutSeconds = 5;
// The API only takes GET: a request body is refused past this (413).
constexpr std::size_t kMaxBodyBytes = 8 * 1024;

long default_threads() {
  long cores = static_cast<long>(std::thread::hardware_concurrency());
  return std::clamp(2 * cores, 8L, kMaxThreads);
}

struct Options {
  std::string db, host = "127.0.0.1";
  long port = 8080, threads = 0, cache_mb = kDefaultCacheMb;
  bool quiet = false;
  std::string token;  // empty: no authentication
};

// The token from --auth, --auth-file or KIOSQUE_AUTH_TOKEN; checks it and
// that a non-loopback address has one. Throws UsageError.
std::string auth_token(const cli::Arguments& parsed, const std::string& host) {
  std::string token;
  if (auto file = parsed.value("--auth-file")) {
    std::ifstream in(*file);
    if (!in || !std::getline(in, token)) throw cli::UsageError("--auth-file: cannot read '" + *file + "'");
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
  } else if (auto value = parsed.value("--auth")) {
    token = *value;
  } else if (const char* env = std::getenv("KIOSQUE_AUTH_TOKEN")) {
    token = env;
  }
  if (!token.empty() && token.size() < kMinTokenBytes)
    throw cli::UsageError("the token must be at least " + std::to_string(kMinTokenBytes) +
                          " bytes (try: head -c 24 /dev/urandom | base64)");
  if (token.empty() && !is_loopback(host))
    throw cli::UsageError("serving on " + host + " lets other machines in: give a token with --auth-file FILE "
                          "(or KIOSQUE_AUTH_TOKEN), or serve on 127.0.0.1");
  return token;
}

void log_request(const httplib::Request& req, const httplib::Response& res) {
  std::fprintf(stderr, "%s %s %s %d %zu\n", req.remote_addr.c_str(), req.method.c_str(), req.target.c_str(),
               res.status, res.body.size());
}

}  // namespace

int serve_command(const std::vector<std::string>& args) {
  Options o;
  try {
    cli::Arguments parsed(args, {"--db", "--host", "--port", "--threads", "--cache-mb", "--auth", "--auth-file"},
                          {"--quiet"});
    if (parsed.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    o.db = parsed.required("--db");
    o.host = parsed.value("--host").value_or(o.host);
    o.port = parsed.number("--port", 8080, 0, 65535);
    o.threads = parsed.number("--threads", default_threads(), 1, kMaxThreads);
    o.cache_mb = parsed.number("--cache-mb", kDefaultCacheMb, 0, 1 << 20);
    o.quiet = parsed.flag("--quiet");
    o.token = auth_token(parsed, o.host);
    if (!parsed.positional().empty()) throw cli::UsageError("unexpected argument '" + parsed.positional().front() + "'");
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque serve: " << e.what() << "\nRun 'kiosque serve --help' for usage.\n";
    return cli::kExitUsage;
  }

  Xapian::doccount documents = 0;
  try {
    documents = search::Searcher(o.db).database().get_doccount();
  } catch (...) {
    const Failure failure = failure_of(std::current_exception());
    std::cerr << "kiosque serve: cannot open index '" << o.db << "': " << failure.detail
              << (std::filesystem::exists(o.db) ? "" : " (create it with 'kiosque index --db " + o.db + " PATH')") << '\n';
    return error_info(failure.kind).exit_code;
  }

  const sigset_t stop_signals = block_stop_signals();

  httplib::Server server;
  long threads = o.threads;
  set_searcher_limit(static_cast<std::size_t>(threads));
  server.new_task_queue = [] { return new ConnectionPool(kConnectionThreads); };
  server.set_keep_alive_timeout(kKeepAliveSeconds);
  // Replies go out at once: with Nagle's algorithm, a reply's last segment on
  // a kept-alive connection waited for the client's delayed ACK (~40 ms).
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(kKeepAliveRequests);
  server.set_read_timeout(kReadTimeoutSeconds);
  server.set_write_timeout(kWriteTimeoutSeconds);
  server.set_payload_max_length(kMaxBodyBytes);
  if (!o.quiet) server.set_logger(log_request);
  add_routes(server, o.db, static_cast<std::size_t>(o.cache_mb) << 20, o.token);
  // SO_REUSEADDR (a restart finds the port free at once), not cpp-httplib's
  // default SO_REUSEPORT, which would let a second server share the port.
  int listening_socket = -1;
  server.set_socket_options([&listening_socket](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (listening_socket < 0) listening_socket = sock;
  });

  int port = static_cast<int>(o.port);
  if (port == 0 ? (port = server.bind_to_any_port(o.host)) < 0 : !server.bind_to_port(o.host, port)) {
    std::cerr << "kiosque serve: cannot listen on " << o.host << ":" << o.port
              << " (in use by another program? try another --port)\n";
    return cli::kExitFatal;
  }
  if (listening_socket >= 0) listen(listening_socket, kListenBacklog);
  std::string host = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  std::cout << "kiosque serve: " << documents << " articles in " << o.db << "; serving http://" << host << ":"
            << port << "/ with " << threads << " threads" << (o.token.empty() ? "" : ", token required")
            << " (Ctrl-C stops)" << std::endl;

  listen_until_stopped(server, stop_signals);
  std::cerr << "kiosque serve: stopped\n";
  return cli::kExitOk;
}

}  // namespace kiosque::web
