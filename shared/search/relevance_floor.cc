#include "search/relevance_floor.h"

namespace kiosque::search {

double date_sort_floor(Xapian::Enquire& enquire) {
  enquire.set_sort_by_relevance();
  Xapian::MSet best = enquire.get_mset(0, 1);
  return best.empty() ? 0.0 : kDateSortFloor * best.begin().get_weight();
}

FlooredPage floored_page(Xapian::Enquire& enquire, double floor, Xapian::doccount offset, Xapian::doccount limit,
                         Xapian::doccount doccount) {
  enquire.set_cutoff(0, floor);
  FlooredPage out;
  out.mset = enquire.get_mset(offset, limit, doccount);
  out.listed = out.mset.get_matches_estimated();
  enquire.set_cutoff(0, 0);
  return out;
}

}  // namespace kiosque::search
