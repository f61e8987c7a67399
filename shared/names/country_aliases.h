// Country and region names across languages, from ICU's locale display
// names: "Germany", "Deutschland", "Alemania", "Германия" all map to the
// French "Allemagne". Real data for the place aliases, not a typed list.
#pragma once

#include "names/alias_table.h"

namespace kiosque::names {

// Adds every ISO 3166 country's display names in the archive languages as
// aliases of its French name.
void add_country_aliases(AliasTable& table);

}  // namespace kiosque::names
