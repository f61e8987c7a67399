// The value-slot form of a fingerprint (schema::kFingerprintSlot): its
// kMinHashes minimums as 32-bit little-endian integers, 256 bytes. An
// article with no words stores nothing. Values are not compressed: reading
// this slot costs far less than reading and fingerprinting the stored text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "duplicates/fingerprint.h"

namespace kiosque::duplicates {

inline constexpr std::size_t kFingerprintSlotBytes = kMinHashes * 4;

// Empty for an empty fingerprint.
std::string encode_fingerprint_slot(const Fingerprint& f);

// nullopt when the slot is empty (an index built before the slot, or an
// article with no words) or not of kFingerprintSlotBytes: the caller
// fingerprints the text instead.
std::optional<Fingerprint> decode_fingerprint_slot(std::string_view slot);

}  // namespace kiosque::duplicates
