#include "facets/facet.h"

namespace kiosque {

std::string_view facet_name(Facet facet) {
  switch (facet) {
    case Facet::kPerson: return "person";
    case Facet::kPlace: return "place";
    case Facet::kOrganisation: return "org";
    case Facet::kLanguage: return "lang";
    case Facet::kYear: return "year";
    case Facet::kMonth: return "month";
    case Facet::kDay: return "day";
  }
  return "";
}

std::optional<Facet> parse_facet(std::string_view name) {
  for (Facet facet : kAllFacets)
    if (facet_name(facet) == name) return facet;
  return std::nullopt;
}

Facet facet_of(entities::EntityType type) {
  switch (type) {
    case entities::EntityType::kPerson: return Facet::kPerson;
    case entities::EntityType::kPlace: return Facet::kPlace;
    case entities::EntityType::kOrganisation: return Facet::kOrganisation;
  }
  return Facet::kPerson;
}

}  // namespace kiosque
