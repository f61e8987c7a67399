// The posting-list walk that counts matches (search/posting_walk.h) agrees
// with Xapian's matcher on every query it accepts, and refuses the ones
// that need positions.
#include <doctest/doctest.h>

#include "query/date_range.h"
#include "query/match_all.h"
#include "query/text_query.h"
#include "search/posting_walk.h"
#include "test_query_fixture.h"

namespace kiosque {
namespace {

std::size_t matcher_count(Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

TEST_CASE("posting walk: the matcher's counts for terms and boolean operators") {
  test::QueryIndex index;
  Xapian::Database& db = index.db();
  names::EntityResolver entities(db);
  query::TextQuery parser(query::indexed_languages(db), entities);
  // Each row: a query whose walk must count what the matcher counts (and
  // something, so that an empty walk cannot pass).
  const char* queries[] = {
      "guerre",                        // one word: a synonym of stems
      "la",                            // a stopword alone
      "la guerre ukraine",             // AND
      "guerre OR négociations",        // OR
      "guerre -ukraine",               // AND_NOT
      "ukraine -(guerre OR krieg)",    // AND_NOT of a group
      "person:Putin",                  // a filter alone
      "ukraine person:Poutine",        // FILTER
      "la date:2023-01..2023-06",      // the date slot's VALUE_RANGE
      "la date:..2022",                // an open range
      "guerre lang:fr -date:2023",     // a filter excluded
      "négociations",                  // an exact accented form boosts (AND_MAYBE)
  };
  for (const char* text : queries) {
    CAPTURE(text);
    Xapian::Query query = parser.parse(text);
    std::optional<std::size_t> walked = search::walk_matches(db, query, nullptr);
    REQUIRE(walked.has_value());
    CHECK(*walked == matcher_count(db, query));
    CHECK(*walked > 0);
  }
  CHECK(search::walk_matches(db, query::match_all(), nullptr) == db.get_doccount());
  CHECK(search::walk_matches(db, Xapian::Query(), nullptr) == std::size_t{0});
  CHECK(search::walk_matches(db, Xapian::Query("Qno-such-id"), nullptr) == std::size_t{0});
}

TEST_CASE("posting walk: phrases and wildcards are left to the matcher") {
  test::QueryIndex index;
  names::EntityResolver entities(index.db());
  query::TextQuery parser(query::indexed_languages(index.db()), entities);
  CHECK_FALSE(search::walk_matches(index.db(), parser.parse("\"mort de la reine\""), nullptr).has_value());
  CHECK_FALSE(search::walk_matches(index.db(), parser.parse("guerre négoci*"), nullptr).has_value());
}

}  // namespace
}  // namespace kiosque
