#include "analysis/language_profile.h"

namespace kiosque::analysis {

namespace {

const std::vector<LanguageProfile> kProfiles = {
    // code, stemmer, elisions, possessive, capitalises nouns, inflects names, entity model's
    {"fr", "french", Elisions::kFrench, false, false, false, true},
    {"und", "", Elisions::kFrench, false, false, false, true},
    {"en", "english", Elisions::kNone, true, false, false, false},
    {"de", "german", Elisions::kNone, false, true, true, false},
    {"lb", "", Elisions::kNone, false, true, false, false},
    {"it", "italian", Elisions::kItalian, false, false, false, false},
    {"es", "spanish", Elisions::kNone, false, false, false, false},
    {"pt", "portuguese", Elisions::kNone, false, false, false, false},
    {"nl", "dutch", Elisions::kNone, false, false, false, false},
    {"ru", "russian", Elisions::kNone, false, false, true, false},
    {"uk", "", Elisions::kNone, false, false, true, false},
    {"pl", "", Elisions::kNone, false, false, true, false},
    {"cs", "", Elisions::kNone, false, false, true, false},
    {"fi", "finnish", Elisions::kNone, false, false, true, false},
    {"hu", "hungarian", Elisions::kNone, false, false, true, false},
    {"sv", "swedish", Elisions::kNone, false, false, false, false},
    // The other languages Xapian stems (Xapian::Stem takes their ISO code), no rules of their own.
    {"ar", "ar", Elisions::kNone, false, false, false, false},
    {"ca", "ca", Elisions::kNone, false, false, false, false},
    {"da", "da", Elisions::kNone, false, false, false, false},
    {"eu", "eu", Elisions::kNone, false, false, false, false},
    {"ga", "ga", Elisions::kNone, false, false, false, false},
    {"hy", "hy", Elisions::kNone, false, false, false, false},
    {"id", "id", Elisions::kNone, false, false, false, false},
    {"lt", "lt", Elisions::kNone, false, false, false, false},
    {"nb", "nb", Elisions::kNone, false, false, false, false},
    {"ne", "ne", Elisions::kNone, false, false, false, false},
    {"nn", "nn", Elisions::kNone, false, false, false, false},
    {"no", "no", Elisions::kNone, false, false, false, false},
    {"ro", "ro", Elisions::kNone, false, false, false, false},
    {"ta", "ta", Elisions::kNone, false, false, false, false},
    {"tr", "tr", Elisions::kNone, false, false, false, false},
};

// A language without a row: no stemming, no rules.
const LanguageProfile kUnknown{};

}  // namespace

const std::vector<LanguageProfile>& language_profiles() { return kProfiles; }

const LanguageProfile& language_profile(std::string_view code) {
  for (const LanguageProfile& profile : kProfiles)
    if (profile.code == code) return profile;
  if (code.empty()) return kProfiles[1];  // "und"
  return kUnknown;
}

}  // namespace kiosque::analysis
