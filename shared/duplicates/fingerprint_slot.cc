#include "duplicates/fingerprint_slot.h"

namespace kiosque::duplicates {

std::string encode_fingerprint_slot(const Fingerprint& f) {
  std::string slot;
  if (f.empty) return slot;
  slot.reserve(kFingerprintSlotBytes);
  for (std::uint32_t m : f.minimums)
    for (int shift = 0; shift < 32; shift += 8) slot += static_cast<char>((m >> shift) & 0xff);
  return slot;
}

std::optional<Fingerprint> decode_fingerprint_slot(std::string_view slot) {
  if (slot.size() != kFingerprintSlotBytes) return std::nullopt;
  Fingerprint f;
  f.empty = false;
  for (std::size_t k = 0; k < kMinHashes; ++k) {
    std::uint32_t m = 0;
    for (int byte = 3; byte >= 0; --byte) m = (m << 8) | static_cast<unsigned char>(slot[k * 4 + static_cast<std::size_t>(byte)]);
    f.minimums[k] = m;
  }
  return f;
}

}  // namespace kiosque::duplicates
