#include "search/match_bounds.h"

#include <algorithm>

namespace kiosque::search {

namespace {

MatchBounds bounds(const Xapian::Database& db, const Xapian::Query& query, std::size_t all) {
  const auto op = query.get_type();
  if (op == Xapian::Query::LEAF_MATCH_ALL) return {all, all};
  if (op == Xapian::Query::LEAF_MATCH_NOTHING) return {0, 0};
  if (op == Xapian::Query::LEAF_TERM) {
    std::string term = *query.get_terms_begin();
    std::size_t frequency = term.empty() ? all : db.get_termfreq(term);
    return {frequency, frequency};
  }
  const std::size_t n = query.get_num_subqueries();
  if (n == 0) return {0, all};
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER: {
      // At most the rarest part; at least what the parts' misses leave
      // (all minus every part's non-matches).
      std::size_t upper = all, misses = 0;
      for (std::size_t i = 0; i < n; ++i) {
        MatchBounds part = bounds(db, query.get_subquery(i), all);
        upper = std::min(upper, part.upper);
        misses += all - std::min(all, part.lower);
      }
      return {misses >= all ? 0 : all - misses, upper};
    }
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM: {
      std::size_t lower = 0, upper = 0;
      for (std::size_t i = 0; i < n; ++i) {
        MatchBounds part = bounds(db, query.get_subquery(i), all);
        lower = std::max(lower, part.lower);
        upper = std::min(all, upper + part.upper);
      }
      return {lower, upper};
    }
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return bounds(db, query.get_subquery(0), all);  // later parts only weigh
    case Xapian::Query::OP_AND_NOT: {
      MatchBounds kept = bounds(db, query.get_subquery(0), all);
      std::size_t excluded = 0;
      for (std::size_t i = 1; i < n; ++i) excluded += bounds(db, query.get_subquery(i), all).upper;
      return {kept.lower > excluded ? kept.lower - excluded : 0, kept.upper};
    }
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR: {
      std::size_t upper = all;
      for (std::size_t i = 0; i < n; ++i) upper = std::min(upper, bounds(db, query.get_subquery(i), all).upper);
      return {0, upper};
    }
    default:
      return {0, all};
  }
}

}  // namespace

MatchBounds match_bounds(const Xapian::Database& db, const Xapian::Query& query) {
  if (query.empty()) return {0, 0};
  return bounds(db, query, db.get_doccount());
}

}  // namespace kiosque::search
