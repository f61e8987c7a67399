// The language table (analysis/language_profile.h) and what reads it: the
// analyzer's stages, the stemmer, the stopword files.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/language_profile.h"
#include "analysis/stopwords.h"

using namespace kiosque::analysis;

namespace {

std::vector<std::string> words_of(const std::string& language, const std::string& text) {
  Analyzer analyzer(language);
  std::vector<std::string> out;
  for (const Word& w : analyzer.words(text)) out.push_back(w.word);
  return out;
}

}  // namespace

TEST_CASE("language profiles: one row per language, a plain one for the others") {
  CHECK(language_profile("fr").elisions == Elisions::kFrench);
  CHECK(language_profile("fr").entity_model_language);
  CHECK(language_profile("und").elisions == Elisions::kFrench);  // archives are French first
  CHECK(language_profile("und").stemmer.empty());
  CHECK(language_profile("").code == "und");
  CHECK(language_profile("de").capitalises_nouns);
  CHECK(language_profile("de").inflects_names);
  CHECK_FALSE(language_profile("en").capitalises_nouns);
  CHECK(language_profile("en").english_possessive);
  // Xapian's other languages: its stemmer, nothing else; no row: nothing.
  CHECK(language_profile("da").stemmer == "da");
  CHECK(language_profile("da").elisions == Elisions::kNone);
  CHECK(language_profile("xx").stemmer.empty());
  CHECK(&language_profile("da") == &language_profile("da"));
  for (const LanguageProfile& profile : language_profiles()) {
    CAPTURE(profile.code);
    CHECK(stemmer_for(std::string(profile.code)).is_none() == profile.stemmer.empty());
  }
}

TEST_CASE("the analyzer follows the profile") {
  CHECK(words_of("fr", "l'Italie") == std::vector<std::string>{"italie"});
  CHECK(words_of("it", "dell'Italia") == std::vector<std::string>{"italia"});
  CHECK(words_of("en", "Putin's") == std::vector<std::string>{"putin"});
  CHECK(words_of("de", "l'Italie") != std::vector<std::string>{"italie"});
}

TEST_CASE("stopwords come from the data files, per language") {
  CHECK(is_stopword("fr", "les"));
  CHECK(is_stopword("fr", "etre"));
  CHECK(is_stopword("de", "und"));
  CHECK(is_stopword("ru", "это"));
  CHECK_FALSE(is_stopword("fr", "guerre"));
  CHECK_FALSE(is_stopword("und", "les"));
  CHECK_FALSE(is_stopword("xx", "les"));
}
