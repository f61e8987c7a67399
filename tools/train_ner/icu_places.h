// French names of places that ICU's locale data knows: countries and
// territories (getISOCountries + getDisplayCountry in French), continents
// and world regions (UN M.49 codes), and the cities that name time zones
// ("Paris", "Pékin", "Le Caire"). Used once to write
// models/gazetteers/place.icu.txt; the data is Unicode CLDR (Unicode licence).
#pragma once

#include <string>
#include <vector>

namespace kiosque::train_ner {

// Sorted, without duplicates.
std::vector<std::string> icu_french_place_names();

}  // namespace kiosque::train_ner
