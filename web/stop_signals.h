// How `kiosque serve` and `kiosque shard-serve` stop: SIGINT and SIGTERM go
// to one waiting thread (worker threads inherit the mask), which stops the
// server cleanly; a client gone mid-reply (SIGPIPE) is not fatal.
#pragma once

#include <csignal>

#include <httplib.h>

namespace kiosque::web {

// Blocks SIGINT and SIGTERM in this thread, and the threads it starts from
// now on; ignores SIGPIPE. Call it before starting any thread.
sigset_t block_stop_signals();

// Serves on `server`'s bound socket until one of `stop_signals` arrives.
void listen_until_stopped(httplib::Server& server, const sigset_t& stop_signals);

}  // namespace kiosque::web
