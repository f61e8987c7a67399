#include "search/local_count.h"

#include "facets/facet_counter.h"
#include "search/posting_walk.h"

namespace kiosque::search {

std::size_t count_local_matches(const Xapian::Database& db, const Xapian::Query& query,
                                facets::FacetCounter* counter) {
  if (std::optional<std::size_t> walked = walk_matches(db, query, counter)) return *walked;
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  if (counter) counting.add_matchspy(counter);
  const auto doccount = db.get_doccount();
  return counting.get_mset(0, 0, doccount).get_matches_estimated();
}

}  // namespace kiosque::search
