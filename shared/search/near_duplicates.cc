#include "search/near_duplicates.h"

namespace kiosque::search {

std::size_t DuplicateGrouper::add(const duplicates::Fingerprint& f) {
  std::size_t item = added_++;
  for (std::size_t g = 0; g < leaders_.size(); ++g) {
    if (duplicates::resemblance(leaders_[g], f) >= kDuplicateResemblance) {
      members_[g].push_back(item);
      return g;
    }
  }
  leaders_.push_back(f);
  members_.push_back({item});
  return leaders_.size() - 1;
}

}  // namespace kiosque::search
