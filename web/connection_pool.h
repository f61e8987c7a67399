// The threads that serve connections (cpp-httplib runs each connection on one
// thread from accept to close), started as needed up to a maximum.
//
// Unlike httplib::ThreadPool, a new connection goes to the thread that became
// idle last: under a steady load the same few threads serve every request,
// so their per-thread caches (search_handler.cc's SnippetMaker) stay warm and
// few, instead of one set per thread of a large pool: memory follows the
// number of connections open at once, not the pool size. Past the maximum,
// connections wait in line.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace kiosque::web {

class ConnectionPool : public httplib::TaskQueue {
 public:
  explicit ConnectionPool(std::size_t max_threads) : max_threads_(max_threads ? max_threads : 1) {}
  ~ConnectionPool() override { shutdown(); }

  void enqueue(std::function<void()> task) override;
  // Runs what is queued, then stops and joins every thread.
  void shutdown() override;

 private:
  struct Worker {
    std::condition_variable wake;
    std::function<void()> task;
  };
  void run(Worker& worker);

  const std::size_t max_threads_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::thread> threads_;
  std::vector<Worker*> idle_;                  // the one idle last at the back
  std::deque<std::function<void()>> waiting_;  // when every thread is busy
  bool stopping_ = false;
};

}  // namespace kiosque::web
