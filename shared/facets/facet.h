// The facets Kiosque counts and filters on, described once: one row per
// facet in kFacetTable, with its name in the command line (--NAME), the JSON
// API (&NAME=, "facets": {"NAME": ...}, /api/facet/NAME) and stored
// documents, its query field (NAME:value), the term prefix and value slot it
// is indexed under (schema.h), its kind and its display order.
//
// The query parser, the searcher's request, the facet counts, the HTTP
// parameters, the CLI flags and the page loop over this table: adding a
// facet is a row here, a prefix and slot in schema.h, and the indexing of
// its value (document_builder.cc). docs/architecture.md has the recipe.
//
// Not here: the date range filter (--from/--to, date:), which selects the
// three date facets at once.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_type.h"
#include "schema.h"

namespace kiosque::facets {

// The facets, in the order of their id ranges in the FacetTable (values of
// a facet are numbered after those of the facets before it).
enum class Facet { kPerson, kPlace, kOrganisation, kLanguage, kYear, kMonth, kDay, kSource, kMentionedYear, kMentionedMonth };

enum class FacetKind {
  // Persons, places, organisations found in the text: a filter value is a
  // name as users write it, resolved through aliases and surnames
  // (names/entity_resolver.h); slot: "key\tDisplay name" lines.
  kEntity,
  // A short code (language): a filter value is the code; slot: the code.
  kCode,
  // A name the archive gives (a publication): a filter value matches by its
  // name key (names/name_key.h: case and accents do not matter); slot: one
  // "key\tDisplay name" line, as for entities.
  kName,
  // Year, month, day: selected by the date range, counted from kDateSlot.
  kDate,
  // Years and months the text mentions (dates/date_mentions.h): a filter
  // value is a day, a month, a year, a range of them or a day in any year
  // (query/mentioned_filter.h); slot: "value\tvalue" lines.
  kMentionedDate,
};

struct FacetInfo {
  Facet facet;
  std::string_view name;    // CLI flag (--name), API parameter and JSON key
  std::string_view field;   // query field (field:value); empty: none
  std::string_view prefix;  // term prefix (schema.h); dates have none (kDateSlot)
  schema::Slot slot;        // value slot the facet table reads
  FacetKind kind;
  int display_order;  // in /api/search's "facets" and on the page; 0: not listed there
  // For kEntity facets, the entity type; unused otherwise.
  entities::EntityType entity_type = entities::EntityType::kPerson;
};

inline constexpr std::array<FacetInfo, 10> kFacetTable = {{
    {Facet::kPerson, "person", schema::kPersonField, schema::kPersonPrefix, schema::kPersonsSlot,
     FacetKind::kEntity, 1, entities::EntityType::kPerson},
    {Facet::kPlace, "place", schema::kPlaceField, schema::kPlacePrefix, schema::kPlacesSlot, FacetKind::kEntity, 2,
     entities::EntityType::kPlace},
    {Facet::kOrganisation, "org", schema::kOrganisationField, schema::kOrganisationPrefix,
     schema::kOrganisationsSlot, FacetKind::kEntity, 3, entities::EntityType::kOrganisation},
    {Facet::kLanguage, "lang", schema::kLanguageField, schema::kLanguagePrefix, schema::kLanguageSlot,
     FacetKind::kCode, 4},
    {Facet::kYear, "year", "", "", schema::kDateSlot, FacetKind::kDate, 5},
    {Facet::kMonth, "month", "", "", schema::kDateSlot, FacetKind::kDate, 6},
    {Facet::kDay, "day", "", "", schema::kDateSlot, FacetKind::kDate, 0},
    {Facet::kSource, "source", schema::kSourceField, schema::kSourcePrefix, schema::kSourceSlot, FacetKind::kName, 7},
    {Facet::kMentionedYear, "mentioned", schema::kMentionedField, schema::kMentionedPrefix,
     schema::kMentionedYearsSlot, FacetKind::kMentionedDate, 8},
    {Facet::kMentionedMonth, "mentioned_month", "", schema::kMentionedPrefix, schema::kMentionedMonthsSlot,
     FacetKind::kMentionedDate, 0},
}};

// Every facet, in enum order.
inline constexpr std::array<Facet, kFacetTable.size()> kAllFacets = [] {
  std::array<Facet, kFacetTable.size()> all{};
  for (std::size_t i = 0; i < kFacetTable.size(); ++i) all[i] = kFacetTable[i].facet;
  return all;
}();

// The row of `facet` (rows are in enum order).
constexpr const FacetInfo& facet_info(Facet facet) { return kFacetTable[static_cast<std::size_t>(facet)]; }
constexpr FacetKind facet_kind(Facet facet) { return facet_info(facet).kind; }
constexpr bool is_date_facet(Facet facet) { return facet_kind(facet) == FacetKind::kDate; }

// "person", "place", "org", "lang", "year", "month", "day".
std::string_view facet_name(Facet facet);
std::optional<Facet> parse_facet(std::string_view name);
// The facet whose query field is `field` ("person" -> kPerson); nullopt for
// date: and unknown fields.
std::optional<Facet> facet_of_field(std::string_view field);

// The key a filter value of a kCode or kName facet selects: the code as
// given, the name key of a name ("Le Monde" -> "le monde"). Entity facets
// resolve names through the index instead (Searcher::entity_key).
std::string facet_key(Facet facet, std::string_view value);

// The facet of an entity type.
Facet facet_of(entities::EntityType type);

// The facets /api/search lists and the page shows, by display order.
const std::vector<Facet>& listed_facets();
// The facets a request selects by value (all but kDate), in enum order.
const std::vector<Facet>& value_facets();

}  // namespace kiosque::facets
