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
    Facet facet;
    const char* name;
    const char* field;
    std::string_view prefix;
    schema::Slot slot;
    FacetKind kind;
  };
  const Row rows[] = {
      {Facet::kPerson, "person", "person", schema::kPersonPrefix, schema::kPersonsSlot, FacetKind::kEntity},
      {Facet::kPlace, "place", "place", schema::kPlacePrefix, schema::kPlacesSlot, FacetKind::kEntity},
      {Facet::kOrganisation, "org", "org", schema::kOrganisationPrefix, schema::kOrganisationsSlot, FacetKind::kEntity},
      {Facet::kLanguage, "lang", "lang", schema::kLanguagePrefix, schema::kLanguageSlot, FacetKind::kCode},
      {Facet::kYear, "year", "", "", schema::kDateSlot, FacetKind::kDate},
      {Facet::kMonth, "month", "", "", schema::kDateSlot, FacetKind::kDate},
      {Facet::kDay, "day", "", "", schema::kDateSlot, FacetKind::kDate},
      {Facet::kSource, "source", "source", schema::kSourcePrefix, schema::kSourceSlot, FacetKind::kName},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const FacetInfo& info = facet_info(row.facet);
    CHECK(info.name == row.name);
    CHECK(info.field == row.field);
    CHECK(info.prefix == row.prefix);
    CHECK(info.slot == row.slot);
    CHECK(info.kind == row.kind);
    CHECK(parse_facet(row.name) == row.facet);
    if (*row.field) CHECK(facet_of_field(row.field) == row.facet);
  }
  CHECK(parse_facet("persons") == std::nullopt);
  CHECK(facet_of_field("date") == std::nullopt);  // the date range, not a facet
}

TEST_CASE("facet table: prefixes and names are unique, entity types map back") {
  std::set<std::string_view> names, prefixes;
  for (const FacetInfo& row : kFacetTable) {
    CHECK(names.insert(row.name).second);
    // (The mentioned years and months share their terms: "XM1789", "XM1789-07";
    // publication dates have none, only kDateSlot.)
    if (row.kind == FacetKind::kDate)
      CHECK(row.prefix.empty());
    else if (row.facet != Facet::kMentionedMonth)
      CHECK(prefixes.insert(row.prefix).second);
    if (row.kind == FacetKind::kEntity) CHECK(facet_of(row.entity_type) == row.facet);
  }
}

TEST_CASE("facet table: the lists derived from it") {
  std::vector<std::string_view> listed;
  for (Facet f : listed_facets()) listed.push_back(facet_name(f));
  CHECK(listed == std::vector<std::string_view>{"person", "place", "org", "lang", "year", "month", "source", "mentioned"});
  std::vector<std::string_view> values;
  for (Facet f : value_facets()) values.push_back(facet_name(f));
  CHECK(values == std::vector<std::string_view>{"person", "place", "org", "lang", "source", "mentioned",
                                                "mentioned_month"});
  CHECK(query_fields() == std::vector<std::string_view>{"person", "place", "org", "lang", "source", "mentioned", "date"});
}

TEST_CASE("facet_key: codes as given, names by their name key") {
  CHECK(facet_key(Facet::kLanguage, "fr") == "fr");
  CHECK(facet_key(Facet::kSource, "Le Monde") == "le monde");
  CHECK(facet_key(Facet::kSource, "L'Équipe") == facet_key(Facet::kSource, "l'equipe"));
}
