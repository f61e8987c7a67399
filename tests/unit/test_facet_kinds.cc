// The facet table (facets/facet.h): one row per facet, and the lists every
// caller derives from it (query fields, API parameters, listed facets).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "facets/facet.h"
#include "query/query_syntax.h"

using namespace kiosque;

TEST_CASE("facet table: each facet's names, prefix, slot and kind") {
  struct Row {
    facets::Facet facet;
    const char* name;
    const char* field;
    std::string_view prefix;
    schema::Slot slot;
    facets::FacetKind kind;
  };
  const Row rows[] = {
      {facets::Facet::kPerson, "person", "person", schema::kPersonPrefix, schema::kPersonsSlot, facets::FacetKind::kEntity},
      {facets::Facet::kPlace, "place", "place", schema::kPlacePrefix, schema::kPlacesSlot, facets::FacetKind::kEntity},
      {facets::Facet::kOrganisation, "org", "org", schema::kOrganisationPrefix, schema::kOrganisationsSlot, facets::FacetKind::kEntity},
      {facets::Facet::kLanguage, "lang", "lang", schema::kLanguagePrefix, schema::kLanguageSlot, facets::FacetKind::kCode},
      {facets::Facet::kYear, "year", "", "", schema::kDateSlot, facets::FacetKind::kDate},
      {facets::Facet::kMonth, "month", "", "", schema::kDateSlot, facets::FacetKind::kDate},
      {facets::Facet::kDay, "day", "", "", schema::kDateSlot, facets::FacetKind::kDate},
      {facets::Facet::kSource, "source", "source", schema::kSourcePrefix, schema::kSourceSlot, facets::FacetKind::kName},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const facets::FacetInfo& info = facet_info(row.facet);
    CHECK(info.name == row.name);
    CHECK(info.field == row.field);
    CHECK(info.prefix == row.prefix);
    CHECK(info.slot == row.slot);
    CHECK(info.kind == row.kind);
    CHECK(facets::parse_facet(row.name) == row.facet);
    if (*row.field) CHECK(facets::facet_of_field(row.field) == row.facet);
  }
  CHECK(facets::parse_facet("persons") == std::nullopt);
  CHECK(facets::facet_of_field("date") == std::nullopt);  // the date range, not a facet
}

TEST_CASE("facet table: prefixes and names are unique, entity types map back") {
  std::set<std::string_view> names, prefixes;
  for (const facets::FacetInfo& row : facets::kFacetTable) {
    CHECK(names.insert(row.name).second);
    // (The mentioned years and months share their terms: "XM1789", "XM1789-07";
    // publication dates have none, only kDateSlot.)
    if (row.kind == facets::FacetKind::kDate)
      CHECK(row.prefix.empty());
    else if (row.facet != facets::Facet::kMentionedMonth)
      CHECK(prefixes.insert(row.prefix).second);
    if (row.kind == facets::FacetKind::kEntity) CHECK(facets::facet_of(row.entity_type) == row.facet);
  }
}

TEST_CASE("facet table: the lists derived from it") {
  std::vector<std::string_view> listed;
  for (facets::Facet f : facets::listed_facets()) listed.push_back(facet_name(f));
  CHECK(listed == std::vector<std::string_view>{"person", "place", "org", "lang", "year", "month", "source", "mentioned"});
  std::vector<std::string_view> values;
  for (facets::Facet f : facets::value_facets()) values.push_back(facet_name(f));
  CHECK(values == std::vector<std::string_view>{"person", "place", "org", "lang", "source", "mentioned",
                                                "mentioned_month"});
  CHECK(query::query_fields() == std::vector<std::string_view>{"person", "place", "org", "lang", "source", "mentioned", "date"});
}

TEST_CASE("facet_key: codes as given, names by their name key") {
  CHECK(facet_key(facets::Facet::kLanguage, "fr") == "fr");
  CHECK(facet_key(facets::Facet::kSource, "Le Monde") == "le monde");
  CHECK(facet_key(facets::Facet::kSource, "L'Équipe") == facet_key(facets::Facet::kSource, "l'equipe"));
}
