#include "connection_pool.h"

namespace kiosque::web {

void ConnectionPool::enqueue(std::function<void()> task) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!idle_.empty()) {
    Worker* worker = idle_.back();
    idle_.pop_back();
    worker->task = std::move(task);
    worker->wake.notify_one();
  } else if (threads_.size() < max_threads_) {
    workers_.push_back(std::make_unique<Worker>());
    Worker& worker = *workers_.back();
    worker.task = std::move(task);
    threads_.emplace_back([this, &worker] { run(worker); });
  } else {
    waiting_.push_back(std::move(task));
  }
}

void ConnectionPool::run(Worker& worker) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (!worker.task && !waiting_.empty()) {
      worker.task = std::move(waiting_.front());
      waiting_.pop_front();
    }
    if (!worker.task) {
      if (stopping_) return;
      idle_.push_back(&worker);
      worker.wake.wait(lock, [&] { return worker.task || stopping_; });
      if (!worker.task) return;
    }
    std::function<void()> task = std::move(worker.task);
    worker.task = nullptr;
    lock.unlock();
    task();
    lock.lock();
  }
}

void ConnectionPool::shutdown() {
  std::vector<std::thread> threads;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    for (auto& worker : workers_) worker->wake.notify_one();
    threads.swap(threads_);
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace kiosque::web
