// Fuzz target: the analysis chain (analysis/analyzer.h) on any UTF-8 text.
// The first byte picks the language. Every word must lie inside the text,
// in order, with non-empty forms; stemming must not fail.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "analysis/analyzer.h"
#include "archive/utf8_check.h"
#include "fuzz_check.h"

namespace {

const char* const kLanguages[] = {"fr", "en", "de", "it", "es", "ru", "uk", "el", "zh", "ja", "th", "fi", "und"};

kiosque::analysis::Analyzer& analyzer_for(const std::string& language) {
  static std::map<std::string, std::unique_ptr<kiosque::analysis::Analyzer>> analyzers;
  auto& analyzer = analyzers[language];
  if (!analyzer) analyzer = std::make_unique<kiosque::analysis::Analyzer>(language);
  return *analyzer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string language = kLanguages[data[0] % (sizeof kLanguages / sizeof kLanguages[0])];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (kiosque::archive::check_text(text)) return 0;  // callers pass valid UTF-8 only (the readers check)
  kiosque::analysis::Analyzer& analyzer = analyzer_for(language);
  std::size_t previous_start = 0;
  for (const kiosque::analysis::Word& word : analyzer.words(text)) {
    FUZZ_CHECK(word.start <= word.end && word.end <= text.size());
    FUZZ_CHECK(word.start >= previous_start);
    FUZZ_CHECK(!word.word.empty());
    previous_start = word.start;
    analyzer.stems(word);
  }
  return 0;
}
