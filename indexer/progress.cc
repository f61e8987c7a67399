#include "progress.h"

#include <cstdio>

namespace kiosque::indexer {

namespace {

std::string format_duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(bool enabled, std::uintmax_t total_bytes)
    : enabled_(enabled), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(std::size_t documents, std::uintmax_t bytes_done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  double elapsed = elapsed_seconds();
  double fraction = total_bytes_ ? static_cast<double>(bytes_done) / static_cast<double>(total_bytes_) : 0.0;
  if (fraction > 1.0) fraction = 1.0;
  constexpr int kWidth = 24;
  int filled = static_cast<int>(fraction * kWidth);
  std::string bar(filled, '#');
  bar.append(kWidth - filled, '.');
  std::string eta = fraction > 0.01 ? format_duration(elapsed / fraction - elapsed) : "?";
  std::fprintf(stderr, "\r[%s] %3.0f%%  %zu docs  %.0f docs/s  ETA %s   ", bar.c_str(), fraction * 100, documents,
               elapsed > 0 ? documents / elapsed : 0.0, eta.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::clear() {
  if (!enabled_ || !drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace kiosque::indexer
