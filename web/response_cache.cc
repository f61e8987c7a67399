#include "response_cache.h"

namespace kiosque::web {

std::shared_ptr<const std::string> ResponseCache::get(const std::string& key) {
  if (!enabled()) return nullptr;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->second;
}

void ResponseCache::put(const std::string& key, std::shared_ptr<const std::string> body) {
  const std::size_t size = key.size() + body->size();
  if (!enabled() || size > capacity_ / 4) return;  // one answer never takes over the cache
  std::lock_guard<std::mutex> lock(mutex_);
  if (by_key_.count(key)) return;  // another thread answered the same request
  entries_.emplace_front(key, std::move(body));
  by_key_[key] = entries_.begin();
  bytes_ += size;
  while (bytes_ > capacity_) {
    const Entry& last = entries_.back();
    bytes_ -= last.first.size() + last.second->size();
    by_key_.erase(last.first);
    entries_.pop_back();
  }
}

}  // namespace kiosque::web
