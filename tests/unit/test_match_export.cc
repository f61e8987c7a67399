// Export rows (search/match_export.h): RFC 4180 quoting, JSON Lines fields,
// entities by type and count.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "search/match_export.h"

using namespace kiosque;

namespace {

search::SearchHit awkward_hit() {
  search::SearchHit hit;
  hit.id = "a/1.txt";
  hit.title = "Quotas, \"sardine\"\net pêche";
  hit.date = PublicationDate::parse("2024-03");
  hit.source = "Le Télégramme";
  hit.score = 1.5;
  NamedEntity lorient{entities::EntityType::kPlace, "Lorient", {{0, 7}}, 0};
  NamedEntity brussels{entities::EntityType::kPlace, "Bruxelles", {{10, 19}, {30, 39}}, 0};
  NamedEntity person{entities::EntityType::kPerson, "Anne Le Goff", {{50, 62}}, 0};
  hit.entities = {lorient, brussels, person};
  return hit;
}

}  // namespace

TEST_CASE("CSV rows quote commas, quotes and line breaks, and end in CRLF") {
  CHECK(export_header(search::ExportFormat::kCsv) == "id,date,title,source,url,persons,places,organisations,score\r\n");
  CHECK(export_row(search::ExportFormat::kCsv, awkward_hit()) ==
        "a/1.txt,2024-03,\"Quotas, \"\"sardine\"\"\net pêche\",Le Télégramme,,Anne Le Goff,Bruxelles; Lorient,,"
        "1.5000\r\n");
}

TEST_CASE("JSON Lines rows have every column, entities most mentioned first") {
  CHECK(export_header(search::ExportFormat::kJsonl).empty());
  std::string line = export_row(search::ExportFormat::kJsonl, awkward_hit());
  REQUIRE(line.back() == '\n');
  nlohmann::json row = nlohmann::json::parse(line);
  CHECK(row["title"] == "Quotas, \"sardine\"\net pêche");
  CHECK(row["date"] == "2024-03");
  CHECK(row["places"] == nlohmann::json({"Bruxelles", "Lorient"}));
  CHECK(row["persons"] == nlohmann::json({"Anne Le Goff"}));
  CHECK(row["organisations"].empty());
  CHECK(row["score"] == 1.5);
}

TEST_CASE("export formats by name") {
  CHECK(search::parse_export_format("csv") == search::ExportFormat::kCsv);
  CHECK(search::parse_export_format("jsonl") == search::ExportFormat::kJsonl);
  CHECK_FALSE(search::parse_export_format("xml"));
}
