#include "search/title_words.h"

#include <algorithm>
#include <cmath>

namespace kiosque::search {

TitleWordSource::TitleWordSource(std::vector<std::string> forms, double weight)
    : forms_(std::move(forms)), weight_(weight) {}

void TitleWordSource::init(const Xapian::Database& db) {
  db_ = db;
  terms_.open(db, forms_);
  const double articles = std::max(1.0, static_cast<double>(terms_.termfreq()));
  scaled_weight_ = weight_ * std::max(0.0, std::log(static_cast<double>(db.get_doccount()) / articles));
  set_maxweight(scaled_weight_);
}

bool TitleWordSource::in_title() const {
  const Xapian::docid did = terms_.docid();
  return terms_.any_term([&](const std::string& term) {
    Xapian::PositionIterator first = db_.positionlist_begin(did, term);
    return first != db_.positionlist_end(did, term) && *first <= kLastTitlePosition;
  });
}

double TitleWordSource::get_weight() const { return in_title() ? scaled_weight_ : 0.0; }

std::string TitleWordSource::get_description() const {
  std::string out = "TitleWordSource(";
  for (std::size_t i = 0; i < forms_.size(); ++i) out += (i ? " " : "") + forms_[i];
  return out + ")";
}

}  // namespace kiosque::search
