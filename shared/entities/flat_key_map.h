// A hash map from 64-bit hash keys to small values, for the tagger's hot
// look-ups (feature weights, gazetteer sequences). Keys are already good
// hashes, so the slot is their low bits; open addressing with linear
// probing over a dense key array keeps a look-up, found or not, to about
// one cache line. Key 0 is reserved for empty slots (see nonzero_key()).
// Kept at most half full, so that misses, the common case for features,
// stop after a probe or two.
#pragma once

#include <cassert>
#include <cstdint>
#include <utility>
#include <vector>

namespace kiosque::entities {

template <typename Value>
class FlatKeyMap {
 public:
  FlatKeyMap() { rehash(16); }

  // The value of `key`, or nullptr.
  const Value* find(std::uint64_t key) const {
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return &values_[i];
      if (keys_[i] == 0) return nullptr;
    }
  }

  // Hints the processor to fetch the home slot of `key`: issued for a batch
  // of keys before looking them up, it overlaps their cache misses.
  void prefetch(std::uint64_t key) const {
    const std::size_t i = key & mask_;
    __builtin_prefetch(&keys_[i]);
    __builtin_prefetch(&values_[i]);
  }

  // The value of `key`, value-initialised if it was absent. `key` != 0.
  Value& operator[](std::uint64_t key) {
    assert(key != 0);
    if (2 * (size_ + 1) > keys_.size()) rehash(keys_.size() * 2);
    std::size_t i = slot_of(key);
    if (keys_[i] == 0) {
      keys_[i] = key;
      values_[i] = Value{};
      ++size_;
    }
    return values_[i];
  }

  void reserve(std::size_t count) {
    std::size_t capacity = keys_.size();
    while (capacity < 2 * count) capacity *= 2;
    if (capacity != keys_.size()) rehash(capacity);
  }

  std::size_t size() const { return size_; }

  // Calls visit(key, value) for every entry, in slot order.
  template <typename Visit>
  void for_each(Visit visit) const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] != 0) visit(keys_[i], values_[i]);
  }

 private:
  std::size_t slot_of(std::uint64_t key) const {
    std::size_t i = key & mask_;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
    return i;
  }

  void rehash(std::size_t capacity) {
    std::vector<std::uint64_t> old_keys = std::move(keys_);
    std::vector<Value> old_values = std::move(values_);
    keys_.assign(capacity, 0);
    values_.assign(capacity, Value{});
    mask_ = capacity - 1;
    for (std::size_t i = 0; i < old_keys.size(); ++i)
      if (old_keys[i] != 0) {
        std::size_t slot = slot_of(old_keys[i]);
        keys_[slot] = old_keys[i];
        values_[slot] = std::move(old_values[i]);
      }
  }

  std::vector<std::uint64_t> keys_;
  std::vector<Value> values_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace kiosque::entities
