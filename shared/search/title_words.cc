#include "search/title_words.h"

namespace kiosque {

TitleWordSource::TitleWordSource(std::vector<std::string> forms) : forms_(std::move(forms)) {}

void TitleWordSource::init(const Xapian::Database& db) {
  db_ = db;
  terms_.open(db, forms_);
  unchecked_ = false;
}

bool TitleWordSource::in_title(Xapian::docid did) const {
  return terms_.any_term([&](const std::string& term) {
    Xapian::PositionIterator first = db_.positionlist_begin(did, term);
    return first != db_.positionlist_end(did, term) && *first <= kLastTitlePosition;
  });
}

void TitleWordSource::to_title_word() {
  while (!terms_.at_end() && !in_title(terms_.docid())) terms_.next();
  unchecked_ = false;
}

void TitleWordSource::next(double) {
  if (!unchecked_) terms_.next();
  to_title_word();
}

void TitleWordSource::skip_to(Xapian::docid did, double) {
  terms_.skip_to(did);
  to_title_word();
}

bool TitleWordSource::check(Xapian::docid did, double) {
  terms_.skip_to(did);
  if (terms_.at_end()) {
    unchecked_ = false;
    return true;
  }
  if (terms_.docid() == did && in_title(did)) {
    unchecked_ = false;
    return true;
  }
  if (terms_.docid() == did) terms_.next();
  unchecked_ = true;
  return false;
}

std::string TitleWordSource::get_description() const {
  std::string out = "TitleWordSource(";
  for (std::size_t i = 0; i < forms_.size(); ++i) out += (i ? " " : "") + forms_[i];
  return out + ")";
}

}  // namespace kiosque
