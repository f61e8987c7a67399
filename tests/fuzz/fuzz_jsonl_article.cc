// Fuzz target: one line of a JSON Lines archive (archive/jsonl_article.h).
// A malformed line must end in InputError naming the line, never a crash.
#include <cstdint>
#include <string_view>
#include <vector>

#include "archive/jsonl_article.h"
#include "fuzz_check.h"
#include "stored_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  std::vector<kiosque::archive::Diagnostic> warnings;
  try {
    kiosque::Article article = kiosque::archive::parse_jsonl_article(line, "fuzz.jsonl", 7, warnings);
    FUZZ_CHECK(!article.id.empty());
    kiosque::Article stored = kiosque::decode_stored_document(kiosque::encode_stored_document(article));
    FUZZ_CHECK(stored.id == article.id);
  } catch (const kiosque::archive::InputError& e) {
    FUZZ_CHECK(e.diagnostic().line == 7);
  }
  for (const kiosque::archive::Diagnostic& warning : warnings) FUZZ_CHECK(warning.line == 7);
  return 0;
}
