#include "facets/facet.h"

#include <algorithm>
#include <vector>

#include "names/name_key.h"

namespace kiosque::facets {

static_assert([] {
  for (std::size_t i = 0; i < kFacetTable.size(); ++i)
    if (static_cast<std::size_t>(kFacetTable[i].facet) != i) return false;
  return true;
}(), "kFacetTable rows are in Facet enum order");

std::string_view facet_name(Facet facet) { return facet_info(facet).name; }

std::optional<Facet> parse_facet(std::string_view name) {
  for (const FacetInfo& row : kFacetTable)
    if (row.name == name) return row.facet;
  return std::nullopt;
}

std::optional<Facet> facet_of_field(std::string_view field) {
  for (const FacetInfo& row : kFacetTable)
    if (!row.field.empty() && row.field == field) return row.facet;
  return std::nullopt;
}

std::string facet_key(Facet facet, std::string_view value) {
  return facet_kind(facet) == FacetKind::kName ? names::name_key(value) : std::string(value);
}

Facet facet_of(entities::EntityType type) {
  for (const FacetInfo& row : kFacetTable)
    if (row.kind == FacetKind::kEntity && row.entity_type == type) return row.facet;
  return Facet::kPerson;
}

const std::vector<Facet>& listed_facets() {
  static const std::vector<Facet> kListed = [] {
    std::vector<const FacetInfo*> rows;
    for (const FacetInfo& row : kFacetTable)
      if (row.display_order > 0) rows.push_back(&row);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const FacetInfo* a, const FacetInfo* b) { return a->display_order < b->display_order; });
    std::vector<Facet> out;
    for (const FacetInfo* row : rows) out.push_back(row->facet);
    return out;
  }();
  return kListed;
}

const std::vector<Facet>& value_facets() {
  static const std::vector<Facet> kValues = [] {
    std::vector<Facet> out;
    for (const FacetInfo& row : kFacetTable)
      if (row.kind != FacetKind::kDate) out.push_back(row.facet);
    return out;
  }();
  return kValues;
}

}  // namespace kiosque::facets
