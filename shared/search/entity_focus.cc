#include "search/entity_focus.h"

#include <algorithm>
#include <cmath>

namespace kiosque::search {

double aboutness(const EntityMentions& mentions) {
  const double weight = static_cast<double>(mentions.weight());
  return weight / (weight + kHalfAboutness);
}

EntityFocusSource::EntityFocusSource(std::vector<std::string> terms, std::string prefix, Xapian::valueno slot,
                                     double weight)
    : terms_list_(std::move(terms)), prefix_(std::move(prefix)), slot_(slot), weight_(weight) {
  for (const std::string& term : terms_list_)
    if (term.compare(0, prefix_.size(), prefix_) == 0) keys_.push_back(term.substr(prefix_.size()));
}

void EntityFocusSource::init(const Xapian::Database& db) {
  terms_.open(db, terms_list_);
  value_ = db.valuestream_begin(slot_);
  value_end_ = db.valuestream_end(slot_);
  // As a term's: a rare entity weighs more (against the BM25 of its name).
  const double articles = std::max(1.0, static_cast<double>(terms_.termfreq()));
  scaled_weight_ = weight_ * std::max(0.0, std::log(static_cast<double>(db.get_doccount()) / articles));
  set_maxweight(scaled_weight_);
}

double EntityFocusSource::get_weight() const {
  const Xapian::docid did = terms_.docid();
  if (value_ != value_end_ && value_.get_docid() < did) value_.skip_to(did);
  std::string slot = value_ != value_end_ && value_.get_docid() == did ? *value_ : std::string();
  std::optional<EntityMentions> mentions = slot_mentions(slot, [&](std::string_view key) {
    return std::find(keys_.begin(), keys_.end(), key) != keys_.end();
  });
  // An index from before the slot had mentions: one mention, in passing.
  if (!mentions || mentions->mentions == 0) mentions = EntityMentions{1, 0, false, {}};
  return scaled_weight_ * aboutness(*mentions);
}

Xapian::PostingSource* EntityFocusSource::clone() const {
  return new EntityFocusSource(terms_list_, prefix_, slot_, weight_);
}

std::string EntityFocusSource::get_description() const {
  std::string out = "EntityFocusSource(";
  for (std::size_t i = 0; i < terms_list_.size(); ++i) out += (i ? " " : "") + terms_list_[i];
  return out + ")";
}

}  // namespace kiosque::search
