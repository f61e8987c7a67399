// A per-thread memo for pure string functions whose costly inputs recur:
// case and accent folding of a word with a non-ASCII byte goes through ICU
// normalisers, and the same words come back in article after article.
// Bounded: the memo is emptied when it reaches its limit (Zipf: the frequent
// words come back at once). Not for ASCII input, which is cheaper to fold
// again than to look up.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace kiosque::analysis {

template <typename Value>
class ThreadMemo {
 public:
  explicit ThreadMemo(std::size_t limit) : limit_(limit) {}

  // The memoised compute(key); the reference is valid until the next call.
  template <typename Compute>
  const Value& get(std::string_view key, Compute compute) {
    lookup_key_.assign(key);
    auto it = values_.find(lookup_key_);
    if (it != values_.end()) return it->second;
    if (values_.size() >= limit_) values_.clear();
    return values_.emplace(lookup_key_, compute(key)).first->second;
  }

 private:
  std::size_t limit_;
  std::string lookup_key_;  // reused: no allocation per look-up
  std::unordered_map<std::string, Value> values_;
};

// Whether every byte of `s` is ASCII.
inline bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace kiosque::analysis
