// The pieces of an entity profile that need no index: the association score
// (search/association_score.h), the timeline (search/entity_timeline.h),
// where an article names the entity (search/entity_mentions.h) and how the
// indexer keeps that in the entity slots (facets/entity_slot.h).
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "document_builder.h"
#include "facets/entity_slot.h"
#include "facets/facet.h"
#include "search/association_score.h"
#include "search/entity_mentions.h"
#include "search/entity_timeline.h"

using namespace kiosque;

TEST_CASE("association score: G² is signed, zero at independence, and ranks a close colleague over a country") {
  // Independent: B in 10% of the archive and in 10% of A's articles.
  CHECK(search::log_likelihood({10, 100, 100, 1000}) == doctest::Approx(0).epsilon(1e-9));
  CHECK(search::lift({10, 100, 100, 1000}) == doctest::Approx(1));
  // Fewer together than chance: negative.
  CHECK(search::log_likelihood({2, 100, 100, 1000}) < 0);
  CHECK(search::lift({2, 100, 100, 1000}) == doctest::Approx(0.2));
  // A: 2000 articles of 34000. A colleague: 300 of A's, 400 in all. France:
  // 900 of A's, 8000 in all (more shared articles, less surprise).
  const double colleague = search::log_likelihood({300, 2000, 400, 34000});
  const double country = search::log_likelihood({900, 2000, 8000, 34000});
  CHECK(colleague > country);
  CHECK(country > 0);
  // Two articles that both name A: a huge lift, a small G².
  CHECK(search::lift({2, 2000, 2, 34000}) > search::lift({300, 2000, 400, 34000}));
  CHECK(search::log_likelihood({2, 2000, 2, 34000}) < colleague);
  // Inconsistent or empty tables score 0 rather than NaN.
  CHECK(search::log_likelihood({5, 3, 10, 100}) == 0);
  CHECK(search::log_likelihood({0, 0, 0, 0}) == 0);
  CHECK(search::lift({0, 0, 10, 100}) == 0);
  CHECK(std::isfinite(search::log_likelihood({100, 100, 100, 100})));
}

namespace {

std::vector<facets::FacetValue> values(std::vector<std::pair<std::string, std::size_t>> counts) {
  std::vector<facets::FacetValue> out;
  for (auto& entry : counts) out.push_back({entry.first, entry.first, entry.second});
  return out;
}

std::size_t sum(const search::Timeline& t) {
  std::size_t n = t.undated;
  for (const search::TimelinePeriod& p : t.periods) n += p.count;
  return n;
}

}  // namespace

TEST_CASE("timeline: months with the gaps filled, first and last days, undated apart") {
  search::Timeline t = search::make_timeline(values({{"2023-11", 2}, {"2024-02", 3}, {"undated", 4}}),
                             values({{"2023-11-05", 1}, {"2024-01-30", 0}, {"2024-02-10", 2}, {"undated", 4}}));
  CHECK(t.monthly);
  REQUIRE(t.periods.size() == 4);
  CHECK(t.periods[0].period == "2023-11");
  CHECK(t.periods[1].period == "2023-12");
  CHECK(t.periods[1].count == 0);
  CHECK(t.periods[3].period == "2024-02");
  CHECK(t.undated == 4);
  CHECK(sum(t) == 9);
  CHECK(t.first == "2023-11-05");
  CHECK(t.last == "2024-02-10");
}

TEST_CASE("timeline: a month-only date is the first date when no day of that month is known") {
  search::Timeline t = search::make_timeline(values({{"2020-01", 1}, {"2020-03", 1}}), values({{"2020-03-02", 1}}));
  CHECK(t.first == "2020-01");
  CHECK(t.last == "2020-03-02");
}

TEST_CASE("timeline: long spans by year, every year between included") {
  search::Timeline t = search::make_timeline(values({{"2015-06", 2}, {"2015-07", 1}, {"2019-01", 5}}), {});
  CHECK_FALSE(t.monthly);
  REQUIRE(t.periods.size() == 5);
  CHECK(t.periods[0].period == "2015");
  CHECK(t.periods[0].count == 3);
  CHECK(t.periods[2].count == 0);
  CHECK(t.periods[4].count == 5);
  CHECK(sum(t) == 8);
  CHECK(t.first == "2015-06");
  CHECK(t.last == "2019-01");
}

TEST_CASE("timeline: only undated articles") {
  search::Timeline t = search::make_timeline(values({{"undated", 3}}), values({{"undated", 3}}));
  CHECK(t.periods.empty());
  CHECK(t.undated == 3);
  CHECK(t.first.empty());
}

TEST_CASE("mentions: title, lead paragraph after a caption, forms as written") {
  Article a;
  a.title = "Macron à Berlin";
  a.blocks = {{BlockKind::kCaption, "Photo de Berlin."},
              {BlockKind::kParagraph, "Emmanuel Macron arrive."},
              {BlockKind::kParagraph, "M. Macron parle. Macron repart."}};
  const std::string text = a.body_text();
  auto at = [&](const std::string& word, std::size_t from) {
    std::size_t start = text.find(word, from);
    return std::make_pair(start, start + word.size());
  };
  NamedEntity macron{entities::EntityType::kPerson, "Emmanuel Macron", {}, 1};
  macron.mentions = {at("Emmanuel Macron", 0), at("Macron", text.find("M. ")), at("Macron", text.find("repart") - 8)};
  NamedEntity berlin{entities::EntityType::kPlace, "Berlin", {at("Berlin", 0)}, 1};
  a.entities = {macron, berlin};

  search::EntityMentions m = search::find_mentions(a, entities::EntityType::kPerson, [](const std::string& name) { return name == "Emmanuel Macron"; });
  CHECK(m.mentions == 4);
  CHECK(m.title_mentions == 1);
  CHECK(m.in_lead);
  CHECK(m.mainly_about());
  CHECK(m.forms == std::vector<std::string>{"Emmanuel Macron", "Macron", "Macron"});

  // The same name as a place is another entity.
  search::EntityMentions none = search::find_mentions(a, entities::EntityType::kPlace, [](const std::string& name) { return name == "Emmanuel Macron"; });
  CHECK(none.mentions == 0);
  CHECK_FALSE(none.mainly_about());

  // Named once, after the lead, not in the title: not mainly about it.
  search::EntityMentions berlin_only = search::find_mentions(a, entities::EntityType::kPlace, [](const std::string& name) { return name == "Berlin"; });
  CHECK(berlin_only.mentions == 2);
  CHECK_FALSE(berlin_only.in_lead);  // the caption is not the lead
  CHECK(berlin_only.in_title());     // but the title names it
}

TEST_CASE("entity slot: the mentions field round-trips, and old lines have none") {
  const std::string slot = encode_entity_slot(std::vector<facets::SlotEntity>{
      {"emmanuel macron", "Emmanuel Macron", facets::SlotMentions{12, 1, true}}, {"macron", "Macron", facets::SlotMentions{2, 0, false}}});
  CHECK(slot == "emmanuel macron\tEmmanuel Macron\t12 1 1\nmacron\tMacron\t2 0 0");
  std::vector<std::string> names;
  facets::for_each_entity_in_slot(slot, [&](std::string_view, std::string_view name) { names.emplace_back(name); });
  CHECK(names == std::vector<std::string>{"Emmanuel Macron", "Macron"});  // the facet table's view: no field

  std::optional<search::EntityMentions> both = search::slot_mentions(slot, [](std::string_view key) { return key.find("macron") != std::string_view::npos; });
  REQUIRE(both);
  CHECK(both->mentions == 14);
  CHECK(both->title_mentions == 1);
  CHECK(both->in_lead);
  CHECK(both->forms.empty());

  const std::string old = facets::encode_entity_slot(std::vector<std::pair<std::string, std::string>>{{"macron", "Macron"}});
  CHECK_FALSE(search::slot_mentions(old, [](std::string_view) { return true; }));
  CHECK(search::slot_mentions(old, [](std::string_view) { return false; })->mentions == 0);  // no line of it: none

  for (const char* bad : {"", "1 2", "1 2 3", "1 2 1 4", "a b c", "1  2 1", "-1 0 0"}) {
    CAPTURE(bad);
    CHECK_FALSE(facets::parse_slot_mentions(bad));
  }
  CHECK(facets::parse_slot_mentions("0 0 0"));
}

TEST_CASE("entity slot: what the indexer writes is what the stored article says") {
  Article a;
  a.id = "slot.txt";
  a.language = "fr";
  a.title = "Macron à Berlin";
  a.date = PublicationDate{2024, 5, 2};
  a.blocks = {{BlockKind::kCaption, "Photo de Berlin."}, {BlockKind::kParagraph, "Emmanuel Macron arrive à Berlin."}};
  const std::string text = a.body_text();
  const std::size_t person = text.find("Emmanuel"), place = text.find("Berlin");
  a.entities = {{entities::EntityType::kPerson, "Emmanuel Macron", {{person, person + 15}}, 1},
                {entities::EntityType::kPlace, "Berlin", {{place, place + 6}, {text.rfind("Berlin"), text.rfind("Berlin") + 6}}, 1}};
  DocumentBuilder builder;
  Xapian::Document doc = builder.build(a, "/archive");
  for (const NamedEntity& e : a.entities) {
    CAPTURE(e.name);
    const facets::Facet facet = facets::facet_of(e.type);
    std::optional<search::EntityMentions> from_slot =
        search::slot_mentions(doc.get_value(facet_info(facet).slot), [](std::string_view) { return true; });
    search::EntityMentions from_text = search::find_mentions(a, e.type, [&](const std::string& name) { return name == e.name; });
    REQUIRE(from_slot);
    CHECK(from_slot->mentions == from_text.mentions);
    CHECK(from_slot->title_mentions == from_text.title_mentions);
    CHECK(from_slot->in_lead == from_text.in_lead);
  }
}
