#include "stop_signals.h"

#include <pthread.h>

#include <thread>

namespace kiosque::web {

sigset_t block_stop_signals() {
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);
  return stop_signals;
}

void listen_until_stopped(httplib::Server& server, const sigset_t& stop_signals) {
  std::thread stopper([&server, stop_signals] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.stop();
  });
  server.listen_after_bind();
  if (stopper.joinable()) {
    // Stopped by a signal, the stopper has returned; otherwise wake it.
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
  }
}

}  // namespace kiosque::web
