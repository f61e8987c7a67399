#include "icu_places.h"

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace kiosque::train_ner {

namespace {

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

void add_region_names(URegionType type, const icu::Locale& french, std::vector<std::string>& names) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> regions(icu::Region::getAvailable(type, status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot list regions");
  while (const char* code = regions->next(nullptr, status)) {
    icu::UnicodeString name;
    icu::Locale("und", code).getDisplayCountry(french, name);
    std::string text = utf8(name);
    if (!text.empty() && text != code) names.push_back(text);
  }
}

void add_time_zone_cities(const icu::Locale& french, std::vector<std::string>& names) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> zone_names(icu::TimeZoneNames::createInstance(french, status));
  std::unique_ptr<icu::StringEnumeration> zones(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot list time zones");
  while (const icu::UnicodeString* zone = zones->snext(status)) {
    icu::UnicodeString city;
    zone_names->getExemplarLocationName(*zone, city);
    if (!city.isEmpty()) names.push_back(utf8(city));
  }
}

}  // namespace

std::vector<std::string> icu_french_place_names() {
  const icu::Locale french("fr");
  std::vector<std::string> names;
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::UnicodeString name;
    icu::Locale("", *code).getDisplayCountry(french, name);
    names.push_back(utf8(name));
  }
  add_region_names(URGN_CONTINENT, french, names);
  add_region_names(URGN_SUBCONTINENT, french, names);
  add_time_zone_cities(french, names);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace kiosque::train_ner
