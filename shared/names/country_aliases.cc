#include "names/country_aliases.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace kiosque::names {

namespace {

// The languages whose names for countries Kiosque recognises.
const char* const kLanguages[] = {"en", "de", "es", "it", "pt", "nl", "ru", "uk", "pl"};

std::string display_country(const icu::Locale& country, const icu::Locale& in_language) {
  icu::UnicodeString name;
  country.getDisplayCountry(in_language, name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

}  // namespace

void add_country_aliases(AliasTable& table) {
  const icu::Locale french("fr");
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::Locale country("", *code);
    std::string canonical = display_country(country, french);
    if (canonical.empty() || canonical == *code) continue;
    for (const char* language : kLanguages) {
      std::string alias = display_country(country, icu::Locale(language));
      if (!alias.empty() && alias != *code) table.add(entities::EntityType::kPlace, canonical, alias);
    }
    table.add(entities::EntityType::kPlace, canonical, canonical);
  }
}

}  // namespace kiosque::names
