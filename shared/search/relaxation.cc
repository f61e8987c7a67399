#include "search/relaxation.h"

#include <algorithm>
#include <tuple>

namespace kiosque::search {

namespace {

// The parts in the order they are dropped, and how many of the first go
// together: those that match nothing and the fillers, which weigh least
// anyway; then the others one at a time, most frequent first (the later in
// the query first among equals), names typed capitalised last: "Ehpad"
// says what "comment les Ehpad se protègent du coronavirus" is about more
// than the rarer "protègent".
struct DropOrder {
  std::vector<std::size_t> parts;
  std::size_t first_step = 0;
};

DropOrder drop_order(const Xapian::Database& db, const query::ParsedQuery& parsed) {
  struct Candidate {
    int group;  // 0: matches nothing, or a filler; 1: a word; 2: a name
    Xapian::doccount frequency;
    std::size_t index;
  };
  std::vector<Candidate> candidates;
  Xapian::Enquire enquire(db);
  for (std::size_t i = 0; i < parsed.parts().size(); ++i) {
    enquire.set_query(parsed.parts()[i].query);
    Xapian::MSet estimate = enquire.get_mset(0, 0);
    const query::ParsedQuery::Part& part = parsed.parts()[i];
    int group = estimate.get_matches_upper_bound() == 0 || part.filler ? 0 : part.name ? 2 : 1;
    candidates.push_back({group, estimate.get_matches_estimated(), i});
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::make_tuple(a.group, b.frequency, b.index) < std::make_tuple(b.group, a.frequency, a.index);
  });
  DropOrder order;
  for (const Candidate& c : candidates) {
    order.parts.push_back(c.index);
    if (c.group == 0) ++order.first_step;
  }
  order.first_step = std::max<std::size_t>(order.first_step, 1);
  return order;
}

}  // namespace

std::vector<std::size_t> relaxed_parts(const Xapian::Database& db, const query::ParsedQuery& parsed, std::size_t matches,
                                       const MatchCounter& count) {
  std::vector<std::size_t> dropped;
  if (matches >= kRelaxBelow || parsed.parts().size() < 2) return dropped;
  DropOrder order = drop_order(db, parsed);
  // One part always stays required.
  const std::size_t most = parsed.parts().size() - 1;
  std::size_t next = 0;
  while (matches < kRelaxBelow && dropped.size() < most) {
    std::size_t step = next == 0 ? order.first_step : 1;
    for (std::size_t i = 0; i < step && dropped.size() < most; ++i) dropped.push_back(order.parts[next++]);
    matches = count(parsed.query(dropped));
  }
  std::sort(dropped.begin(), dropped.end());
  return dropped;
}

}  // namespace kiosque::search
