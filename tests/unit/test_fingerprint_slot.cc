// The near-duplicate fingerprint's slot form (duplicates/fingerprint_slot.h):
// what is stored reads back as the fingerprint of the text, bin for bin.
#include <doctest/doctest.h>

#include <string>

#include "duplicates/fingerprint.h"
#include "duplicates/fingerprint_slot.h"

using namespace kiosque;

TEST_CASE("fingerprint slot: stored and read back, the same fingerprint") {
  const char* const texts[] = {
      "Les négociations entre Kiev et Moscou ont repris mardi à Istanbul, sous l'égide de la Turquie.",
      "Deux mots",  // one shingle: one bin filled, the others empty
      "Vilnius",
      "« 1789 » — 14 juillet",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    const duplicates::Fingerprint f = duplicates::fingerprint(text);
    REQUIRE_FALSE(f.empty);
    const std::string slot = duplicates::encode_fingerprint_slot(f);
    CHECK(slot.size() == duplicates::kFingerprintSlotBytes);
    CHECK(duplicates::decode_fingerprint_slot(slot) == std::optional(f));
    CHECK(duplicates::resemblance(*duplicates::decode_fingerprint_slot(slot), f) == 1.0);
  }
}

TEST_CASE("fingerprint slot: little-endian minimums, empty bins kept empty") {
  const duplicates::Fingerprint f = duplicates::fingerprint("Deux mots");
  const std::string slot = duplicates::encode_fingerprint_slot(f);
  std::size_t empty_bins = 0;
  for (std::size_t k = 0; k < duplicates::kMinHashes; ++k) {
    std::uint32_t m = 0;
    for (std::size_t byte = 0; byte < 4; ++byte)
      m |= std::uint32_t{static_cast<unsigned char>(slot[k * 4 + byte])} << (8 * byte);
    CHECK(m == f.minimums[k]);
    empty_bins += m == duplicates::kEmptyBin;
  }
  CHECK(empty_bins == duplicates::kMinHashes - 1);
}

TEST_CASE("fingerprint slot: nothing stored for an article without words, nothing read from a bad value") {
  CHECK(duplicates::encode_fingerprint_slot(duplicates::fingerprint("-- ! ? ...")).empty());
  CHECK_FALSE(duplicates::decode_fingerprint_slot("").has_value());  // an index from before the slot
  CHECK_FALSE(duplicates::decode_fingerprint_slot(std::string(duplicates::kFingerprintSlotBytes - 1, 'x')).has_value());
}
