#include "search/posting_walk.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <sstream>
#include <vector>

#include "facets/facet_counter.h"
#include "search/match_bounds.h"

namespace kiosque::search {

namespace {

constexpr Xapian::docid kEnd = std::numeric_limits<Xapian::docid>::max();

// A set of documents walked in docid order: seek(target) moves to the first
// member at or after `target` (kEnd past the last). Targets never decrease.
// A walk is used either through seek() or through check(), never both.
class Walk {
 public:
  virtual ~Walk() = default;
  virtual Xapian::docid seek(Xapian::docid target) = 0;
  // Whether `did` is a member; targets never decrease either.
  virtual bool check(Xapian::docid did) { return seek(did) == did; }
  // True when check() is much cheaper than seek(): an AND then only checks
  // the documents its other parts agree on.
  virtual bool checks_only() const { return false; }
};
using WalkPtr = std::unique_ptr<Walk>;

class TermWalk : public Walk {
 public:
  TermWalk(const Xapian::Database& db, const std::string& term)
      : it_(db.postlist_begin(term)), end_(db.postlist_end(term)) {}
  Xapian::docid seek(Xapian::docid target) override {
    if (current_ >= target) return current_;
    it_.skip_to(target);
    return current_ = it_ == end_ ? kEnd : *it_;
  }

 private:
  Xapian::PostingIterator it_, end_;
  Xapian::docid current_ = 0;
};

class NothingWalk : public Walk {
 public:
  Xapian::docid seek(Xapian::docid) override { return kEnd; }
};

// Every child matches: each child moves to the largest docid any has
// reached until they all agree; then the checking children (value ranges)
// are asked about that document.
class AndWalk : public Walk {
 public:
  explicit AndWalk(std::vector<WalkPtr> children) {
    for (WalkPtr& child : children) (child->checks_only() ? checkers_ : drivers_).push_back(std::move(child));
    if (drivers_.empty()) {  // value ranges alone: one walks, the others check
      drivers_.push_back(std::move(checkers_.back()));
      checkers_.pop_back();
    }
  }
  Xapian::docid seek(Xapian::docid target) override {
    for (Xapian::docid at = agree(target); at != kEnd; at = agree(at + 1))
      if (std::all_of(checkers_.begin(), checkers_.end(), [at](const WalkPtr& c) { return c->check(at); })) return at;
    return kEnd;
  }

 private:
  Xapian::docid agree(Xapian::docid target) {
    Xapian::docid candidate = target;
    std::size_t agreeing = 0;
    for (std::size_t i = 0; agreeing < drivers_.size(); i = (i + 1) % drivers_.size()) {
      Xapian::docid at = drivers_[i]->seek(candidate);
      if (at == kEnd) return kEnd;
      if (at == candidate) {
        ++agreeing;
      } else {
        candidate = at;
        agreeing = 1;
      }
    }
    return candidate;
  }

  std::vector<WalkPtr> drivers_, checkers_;
};

class OrWalk : public Walk {
 public:
  explicit OrWalk(std::vector<WalkPtr> children) : children_(std::move(children)) {}
  Xapian::docid seek(Xapian::docid target) override {
    Xapian::docid lowest = kEnd;
    for (WalkPtr& child : children_) lowest = std::min(lowest, child->seek(target));
    return lowest;
  }

 private:
  std::vector<WalkPtr> children_;
};

// The first child's documents that no other child has.
class AndNotWalk : public Walk {
 public:
  AndNotWalk(WalkPtr include, WalkPtr exclude) : include_(std::move(include)), exclude_(std::move(exclude)) {}
  Xapian::docid seek(Xapian::docid target) override {
    for (Xapian::docid at = include_->seek(target); at != kEnd; at = include_->seek(at + 1))
      if (!exclude_->check(at)) return at;
    return kEnd;
  }

 private:
  WalkPtr include_, exclude_;
};

// Documents whose value in `slot` lies in [low, high] (string order).
class ValueRangeWalk : public Walk {
 public:
  ValueRangeWalk(const Xapian::Database& db, Xapian::valueno slot, std::string low, std::string high)
      : it_(db.valuestream_begin(slot)), end_(db.valuestream_end(slot)), low_(std::move(low)), high_(std::move(high)) {}
  Xapian::docid seek(Xapian::docid target) override {
    if (current_ >= target) return current_;
    for (it_.skip_to(target); it_ != end_; ++it_)
      if (in_range(*it_)) return current_ = it_.get_docid();
    return current_ = kEnd;
  }
  // Glass's check() moves like skip_to() (true, maybe past `did`); other
  // backends answer for `did` alone.
  bool check(Xapian::docid did) override {
    return it_.check(did) && it_ != end_ && it_.get_docid() == did && in_range(*it_);
  }
  bool checks_only() const override { return true; }

 private:
  bool in_range(const std::string& value) const { return value >= low_ && value <= high_; }

  Xapian::ValueIterator it_, end_;
  std::string low_, high_;
  Xapian::docid current_ = 0;
};

// Xapian 1.4 does not expose a VALUE_RANGE's slot and bounds; its
// description does: "Query(VALUE_RANGE <slot> <low> <high>)". Bounds with
// spaces or bytes the description escapes are not read (nullptr: the caller
// falls back to the matcher).
WalkPtr value_range_walk(const Xapian::Database& db, const Xapian::Query& query) {
  std::istringstream in(query.get_description());
  std::string head, low, high, rest;
  Xapian::valueno slot;
  if (!(in >> head >> slot >> low >> high) || head != "Query(VALUE_RANGE" || high.empty() || high.back() != ')')
    return nullptr;
  high.pop_back();
  if (in >> rest) return nullptr;
  for (const std::string* bound : {&low, &high})
    for (char c : *bound)
      if (c == '\\' || c == '(' || c == ')') return nullptr;
  return std::make_unique<ValueRangeWalk>(db, slot, std::move(low), std::move(high));
}

WalkPtr build(const Xapian::Database& db, const Xapian::Query& query) {
  const auto op = query.get_type();
  if (op == Xapian::Query::LEAF_TERM) {
    std::string term = *query.get_terms_begin();
    return std::make_unique<TermWalk>(db, term);  // "" is every document
  }
  if (op == Xapian::Query::LEAF_MATCH_ALL) return std::make_unique<TermWalk>(db, std::string());
  if (op == Xapian::Query::LEAF_MATCH_NOTHING) return std::make_unique<NothingWalk>();
  if (op == Xapian::Query::OP_VALUE_RANGE) return value_range_walk(db, query);

  std::vector<WalkPtr> children;
  const std::size_t n = query.get_num_subqueries();
  // AND_MAYBE's later subqueries only change weights.
  const std::size_t used = op == Xapian::Query::OP_AND_MAYBE ? std::min<std::size_t>(n, 1) : n;
  for (std::size_t i = 0; i < used; ++i) {
    WalkPtr child = build(db, query.get_subquery(i));
    if (!child) return nullptr;
    children.push_back(std::move(child));
  }
  if (children.empty()) return nullptr;
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
      return children.size() == 1 ? std::move(children.front()) : std::make_unique<AndWalk>(std::move(children));
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
      return children.size() == 1 ? std::move(children.front()) : std::make_unique<OrWalk>(std::move(children));
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return std::move(children.front());
    case Xapian::Query::OP_AND_NOT: {
      WalkPtr include = std::move(children.front());
      children.erase(children.begin());
      WalkPtr exclude = children.size() == 1 ? std::move(children.front()) : std::make_unique<OrWalk>(std::move(children));
      return std::make_unique<AndNotWalk>(std::move(include), std::move(exclude));
    }
    default:
      return nullptr;  // phrases, NEAR, wildcards, XOR, ELITE_SET...
  }
}

// Walks `walk` over `part`, counting matches (or taking back misses) into
// `counter`.
std::size_t run(Walk& walk, Xapian::docid last, DocidPartition part, facets::FacetCounter* counter, bool count_misses) {
  std::size_t total = 0;
  Xapian::docid unseen = part.next(1);  // the part's first docid not yet matched or missed
  auto miss_until = [&](Xapian::docid end) {
    for (Xapian::docid did = unseen; did < end && did <= last; did = part.next(did + 1)) counter->uncount(did);
  };
  for (Xapian::docid at = walk.seek(unseen); at != kEnd;) {
    if (Xapian::docid member = part.next(at); member != at) {  // a match in another part's block
      if (counter && count_misses) miss_until(member);
      unseen = member;
      at = member == kEnd ? kEnd : walk.seek(member);
      continue;
    }
    ++total;
    if (counter) {
      if (count_misses)
        miss_until(at);
      else
        counter->count(at);
    }
    unseen = part.next(at + 1);
    at = unseen == kEnd ? kEnd : walk.seek(unseen);
  }
  if (counter && count_misses) miss_until(kEnd);
  return total;
}

}  // namespace

Xapian::docid DocidPartition::next(Xapian::docid did) const {
  if (parts <= 1 || did == kEnd) return did;
  const std::uint64_t block = (did - 1) / kBlockDocs, turn = block % parts;
  if (turn == index) return did;
  const std::uint64_t start = (block + (index + parts - turn) % parts) * kBlockDocs + 1;
  return start >= kEnd ? kEnd : static_cast<Xapian::docid>(start);
}

bool walkable(const Xapian::Database& db, const Xapian::Query& query) { return build(db, query) != nullptr; }

std::optional<std::size_t> walk_partition(const Xapian::Database& db, const Xapian::Query& query,
                                          DocidPartition part, facets::FacetCounter* counter, bool count_misses) {
  WalkPtr walk = build(db, query);
  if (!walk) return std::nullopt;
  return run(*walk, db.get_lastdocid(), part, counter, count_misses);
}

std::optional<std::size_t> walk_matches(const Xapian::Database& db, const Xapian::Query& query,
                                        facets::FacetCounter* counter) {
  WalkPtr walk = build(db, query);
  if (!walk) return std::nullopt;
  const bool count_misses = counter && mostly_matches(match_bounds(db, query), db.get_doccount());
  if (count_misses) counter->add_all();
  return run(*walk, db.get_lastdocid(), DocidPartition{}, counter, count_misses);
}

}  // namespace kiosque::search
