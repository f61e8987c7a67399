// Fuzz target: entity extraction (extraction/entity_extractor.h) with the
// default model and aliases, on any UTF-8 text split into paragraphs at
// blank lines. The first byte picks the article's language. Every mention
// must be a non-empty byte range of the body text on character boundaries.
#include <cstdint>
#include <string>
#include <string_view>

#include "archive/utf8_check.h"
#include "extraction/entity_extractor.h"
#include "extraction/model_paths.h"
#include "fuzz_check.h"

namespace {

// The same table as fuzz_analyzer.cc (make_seeds writes one set of seeds for both).
const char* const kLanguages[] = {"fr", "en", "de", "it", "es", "ru", "uk", "el", "zh", "ja", "th", "fi", "und"};

bool is_boundary(const std::string& text, std::size_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const kiosque::extraction::EntityExtractor extractor =
      kiosque::extraction::EntityExtractor::load(kiosque::extraction::default_ner_model_path(), kiosque::extraction::default_alias_paths());
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (kiosque::archive::check_text(text)) return 0;  // the readers pass valid UTF-8 only
  kiosque::Article article;
  article.id = "fuzz";
  article.language = kLanguages[data[0] % (sizeof kLanguages / sizeof kLanguages[0])];
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = std::min(text.find("\n\n", start), text.size());
    if (end > start) article.blocks.push_back({kiosque::BlockKind::kParagraph, std::string(text.substr(start, end - start))});
    start = end + 2;
  }
  if (article.blocks.empty()) return 0;
  extractor.extract(article);
  const std::string body = article.body_text();
  for (const kiosque::NamedEntity& entity : article.entities) {
    FUZZ_CHECK(!entity.name.empty());
    for (auto [start, end] : entity.mentions) {
      FUZZ_CHECK(start < end && end <= body.size());
      FUZZ_CHECK(is_boundary(body, start) && is_boundary(body, end));
    }
  }
  return 0;
}
