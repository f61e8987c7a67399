// Fuzz target: the plain-text article reader (archive/text_article.h), then
// what the indexer does with its article: language detection, the analysis
// chain and the Xapian document (document_builder.h), and the stored copy.
// Bad input must end in InputError, never a crash; what is read back from
// the stored document must be what was stored.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "archive/text_article.h"
#include "document_builder.h"
#include "fuzz_check.h"
#include "stored_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<kiosque::archive::Diagnostic> warnings;
  kiosque::Article article;
  try {
    article = kiosque::archive::parse_text_article(bytes, "fuzz.txt", "fuzz/a.txt", warnings);
  } catch (const kiosque::archive::InputError&) {
    return 0;
  }
  FUZZ_CHECK(article.id == "fuzz/a.txt");
  FUZZ_CHECK(!article.blocks.empty());
  static kiosque::DocumentBuilder builder;
  Xapian::Document document = builder.build(article, "/fuzz");
  kiosque::Article stored = kiosque::decode_stored_document(document.get_data());
  FUZZ_CHECK(stored.id == article.id);
  FUZZ_CHECK(stored.body_text() == article.body_text());
  return 0;
}
