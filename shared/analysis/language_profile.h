// What Kiosque does differently by language, in one table: the analysis
// (stemmer, elisions, possessive), and what the entity rules need to know
// of it. Adding a language is a row in language_profile.cc, plus its data
// where it has some: stopwords (stopwords.cc), person titles and common
// words (models/names/person-titles.LANG.txt, common-words.LANG.txt). The
// recipe: docs/architecture.md, "Add a language".
#pragma once

#include <string_view>
#include <vector>

namespace kiosque::analysis {

enum class Elisions { kNone, kFrench, kItalian };

struct LanguageProfile {
  std::string_view code;  // ISO 639-1 as detected ("fr"), "und" when unknown
  // Xapian's Snowball stemmer of the language ("french"); empty: no stemming.
  std::string_view stemmer;
  Elisions elisions = Elisions::kNone;  // "l'Ukraine" -> "ukraine"
  bool english_possessive = false;      // "Putin's" -> "Putin"
  // Every noun is capitalised (German): a capital says nothing of a name.
  bool capitalises_nouns = false;
  // Names take case endings ("Europäischen Kommission", "Путина"): known
  // names are also matched by their stems.
  bool inflects_names = false;
  // The entity model and rules were written for its text: its mentions need
  // no evidence besides the tagger's (French, and text of unknown language,
  // since archives are French first).
  bool entity_model_language = false;
};

// The profile of `code`; every language Xapian stems has a row, and a
// language without one gets a profile with no stemmer and no rules.
const LanguageProfile& language_profile(std::string_view code);

// The languages with a row, in table order.
const std::vector<LanguageProfile>& language_profiles();

}  // namespace kiosque::analysis
