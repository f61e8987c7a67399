#include "analysis/language_profile.h"

#include <xapian.h>

#include <deque>
#include <mutex>
#include <string>

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
};

}  // namespace

const std::vector<LanguageProfile>& language_profiles() { return kProfiles; }

const LanguageProfile& language_profile(std::string_view code) {
  for (const LanguageProfile& profile : kProfiles)
    if (profile.code == code) return profile;
  if (code.empty()) return kProfiles[1];  // "und"
  // Other languages: Xapian's stemmer where it has one, nothing else. Rows
  // made once per code and kept (the codes CLD2 detects are a bounded set).
  static std::mutex mutex;
  static std::deque<std::pair<std::string, LanguageProfile>> others;
  std::lock_guard<std::mutex> lock(mutex);
  for (const auto& entry : others)
    if (entry.first == code) return entry.second;
  others.emplace_back(std::string(code), LanguageProfile{});
  auto& entry = others.back();
  entry.second.code = entry.first;
  try {
    Xapian::Stem probe(entry.first);
    entry.second.stemmer = entry.first;  // Xapian takes the ISO code too
  } catch (const Xapian::InvalidArgumentError&) {
  }
  return entry.second;
}

}  // namespace kiosque::analysis
