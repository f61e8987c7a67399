#include "search/broad_ranking.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <string>

namespace kiosque {

namespace {

// Xapian::BM25Weight's defaults, which Kiosque's ranking uses.
constexpr double kK1 = 1, kK3 = 1, kB = 0.5, kMinNormLength = 0.5;

struct WeightedTerm {
  std::string term;
  double factor;
};

// The terms that weigh in `query`, with their factors; false for a part
// whose weight this sum cannot reproduce.
bool weighted_terms(const Xapian::Query& query, double factor, std::vector<WeightedTerm>& out) {
  const auto op = query.get_type();
  if (op == Xapian::Query::LEAF_TERM) {
    std::string term = *query.get_terms_begin();
    if (term.empty()) return factor == 0;  // match-all: weighs nothing only when boolean
    // Xapian 1.4 shows a term's wqf only in its description: one that is
    // not a plain Query(term) (wqf 1) is not read.
    if (query.get_description() != Xapian::Query(term).get_description()) return false;
    if (factor != 0) out.push_back({term, factor});
    return true;
  }
  if (op == Xapian::Query::LEAF_MATCH_ALL || op == Xapian::Query::LEAF_MATCH_NOTHING ||
      op == Xapian::Query::OP_VALUE_RANGE)
    return true;  // no weight
  const std::size_t n = query.get_num_subqueries();
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_MAYBE:
      for (std::size_t i = 0; i < n; ++i)
        if (!weighted_terms(query.get_subquery(i), factor, out)) return false;
      return true;
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT:  // the other parts only select
      for (std::size_t i = 0; i < n; ++i)
        if (!weighted_terms(query.get_subquery(i), i == 0 ? factor : 0, out)) return false;
      return true;
    case Xapian::Query::OP_SCALE_WEIGHT: {
      // Xapian 1.4 does not expose the factor; the description does:
      // "Query(1.5 * <subquery>)". A factor it shows rounded is not read.
      const std::string description = query.get_description();
      double scale = std::strtod(description.c_str() + 6, nullptr);
      Xapian::Query again(Xapian::Query::OP_SCALE_WEIGHT, query.get_subquery(0), scale);
      if (scale <= 0 || again.get_description() != description) return false;
      return weighted_terms(query.get_subquery(0), factor * scale, out);
    }
    default:
      return false;
  }
}

}  // namespace

std::optional<BroadRanking> BroadRanking::for_query(const Xapian::Database& db, const Xapian::Query& query,
                                                    std::size_t wanted) {
  std::vector<WeightedTerm> terms;
  if (wanted == 0 || query.empty() || !weighted_terms(query, 1, terms) || terms.empty()) return std::nullopt;
  std::set<std::string> distinct;
  for (const WeightedTerm& t : terms)
    if (!distinct.insert(t.term).second) return std::nullopt;  // one term twice: Xapian may merge them
  const double documents = db.get_doccount(), average = db.get_avlength();
  std::vector<Leaf> leaves;
  for (const WeightedTerm& t : terms) {
    // BM25Weight::init(): the idf part, raised for a term in most documents.
    const double frequency = db.get_termfreq(t.term);
    double tw = (documents - frequency + 0.5) / (frequency + 0.5);
    if (tw < 2) tw = tw * 0.5 + 1;
    double termweight = std::log(tw) * t.factor;
    const double wqf = 1;
    termweight *= (kK3 + 1) * wqf / (kK3 + wqf);
    termweight *= (kK1 + 1);
    leaves.push_back({db.postlist_begin(t.term), db.postlist_end(t.term), termweight});
  }
  return BroadRanking(std::move(leaves), average != 0 ? 1 / average : 0, wanted);
}

void BroadRanking::add(Xapian::docid did) {
  double score = 0;
  double normlen = -1;
  for (Leaf& leaf : leaves_) {
    if (leaf.it == leaf.end) continue;
    if (*leaf.it < did) leaf.it.skip_to(did);
    if (leaf.it == leaf.end || *leaf.it != did) continue;
    if (normlen < 0) normlen = std::max(leaf.it.get_doclength() * length_factor_, kMinNormLength);
    // BM25Weight::get_sumpart().
    const double wdf = leaf.it.get_wdf();
    score += leaf.termweight * (wdf / (kK1 * (normlen * kB + (1 - kB)) + wdf));
  }
  const auto greater = std::greater<double>();
  if (best_.size() < wanted_) {
    best_.push_back(score);
    std::push_heap(best_.begin(), best_.end(), greater);
  } else if (score > best_.front()) {
    std::pop_heap(best_.begin(), best_.end(), greater);
    best_.back() = score;
    std::push_heap(best_.begin(), best_.end(), greater);
  }
  // The heap's least only rises: a match left out here stays out.
  if (best_.size() < wanted_ || score >= best_.front() - 2 * margin(best_.front())) kept_.emplace_back(score, did);
}

std::vector<Xapian::docid> BroadRanking::candidates() const {
  std::vector<Xapian::docid> out;
  const double least = best_.size() < wanted_ ? -1 : best_.front() - 2 * margin(best_.front());
  for (auto [score, did] : kept_)
    if (score >= least) out.push_back(did);
  return out;  // kept_ is in docid order
}

bool BroadRanking::agrees(Xapian::docid did, double weight) const {
  auto it = std::lower_bound(kept_.begin(), kept_.end(), did,
                             [](const std::pair<double, Xapian::docid>& k, Xapian::docid d) { return k.second < d; });
  return it != kept_.end() && it->second == did && std::abs(it->first - weight) <= margin(std::abs(weight));
}

}  // namespace kiosque
