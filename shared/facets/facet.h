// The facets Kiosque counts and filters on, and their names in the command
// line, the JSON API and stored documents ("person", "month"...).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "entities/entity_type.h"

namespace kiosque {

enum class Facet { kPerson, kPlace, kOrganisation, kLanguage, kYear, kMonth, kDay };

inline constexpr std::array<Facet, 7> kAllFacets = {Facet::kPerson,   Facet::kPlace, Facet::kOrganisation,
                                                    Facet::kLanguage, Facet::kYear,  Facet::kMonth,
                                                    Facet::kDay};

// "person", "place", "org", "lang", "year", "month", "day".
std::string_view facet_name(Facet facet);
std::optional<Facet> parse_facet(std::string_view name);

// The facet of an entity type.
Facet facet_of(entities::EntityType type);

}  // namespace kiosque
