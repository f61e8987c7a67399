// Recent JSON answers of the search API, kept by index revision and request,
// so that a repeated request (paging back, a shared link, many readers on the
// same story) is answered without searching again.
//
// The key holds the index's revision: after a commit no older answer is
// served. Bounded by the bytes it holds; least recently used answers go
// first. Thread-safe.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace kiosque::web {

class ResponseCache {
 public:
  // `capacity_bytes` 0: nothing is kept.
  explicit ResponseCache(std::size_t capacity_bytes) : capacity_(capacity_bytes) {}

  // The answer stored under `key`, or nullptr.
  std::shared_ptr<const std::string> get(const std::string& key);
  void put(const std::string& key, std::shared_ptr<const std::string> body);

  bool enabled() const { return capacity_ > 0; }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const std::string>>;
  const std::size_t capacity_;
  std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
  std::size_t bytes_ = 0;
};

}  // namespace kiosque::web
