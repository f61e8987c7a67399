// How much each article is about an entity, as a weight for the ranking
// (search/news_signals.h): from the mentions the entity's slot line records
// (facets/entity_slot.h: how often the article names it, in its title, in
// its first paragraph), read as a value stream, without the stored text.
// An article that names the entity in passing gets a little of the weight,
// one about it most of it (EntityMentions::weight(), as the entity's page
// ranks them).
//
// It matches the articles that have one of the entity's terms; like any
// posting source it runs on local databases only.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "search/entity_mentions.h"
#include "search/term_union.h"

namespace kiosque::search {

// The share of the full weight an article gets from how it names the
// entity: 0 to 1, half at kHalfAboutness of EntityMentions::weight().
inline constexpr double kHalfAboutness = 6;
double aboutness(const EntityMentions& mentions);

class EntityFocusSource : public TermUnionSource {
 public:
  // `terms`: the entity's boolean terms (prefix and key, a person's
  // surnames included); `prefix`: their type's; `slot`: its value slot;
  // `weight`: the most an article gets, in units of the entity's inverse
  // document frequency, log(articles / articles naming it), of the
  // database searched (of each shard, over shards).
  EntityFocusSource(std::vector<std::string> terms, std::string prefix, Xapian::valueno slot, double weight);

  void init(const Xapian::Database& db) override;
  double get_weight() const override;
  Xapian::PostingSource* clone() const override;
  std::string get_description() const override;

 private:
  std::vector<std::string> terms_list_, keys_;
  std::string prefix_;
  Xapian::valueno slot_;
  double weight_, scaled_weight_ = 0;
  mutable Xapian::ValueIterator value_, value_end_;
};

}  // namespace kiosque::search
