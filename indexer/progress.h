// The progress line `kiosque index` draws on stderr when it is a terminal:
// documents done, rate, and time left estimated from the bytes read.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace kiosque::indexer {

class Progress {
 public:
  // `enabled` false draws nothing (not a terminal, or --quiet).
  Progress(bool enabled, std::uintmax_t total_bytes);

  // Redraws at most a few times a second.
  void update(std::size_t documents, std::uintmax_t bytes_done);
  // Erases the line (before a message, or at the end).
  void clear();

  double elapsed_seconds() const;

 private:
  bool enabled_;
  bool drawn_ = false;
  std::uintmax_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace kiosque::indexer
