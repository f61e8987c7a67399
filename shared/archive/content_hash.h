// A stable 64-bit hash of an article's source bytes (FNV-1a), stored in the
// index to skip unchanged input on re-indexing. Not cryptographic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kiosque::archive {

// 16 lower-case hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace kiosque::archive
