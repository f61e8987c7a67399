// The best matches of a broad query by relevance without Xapian's BM25 over
// every match: while the posting walk (search/posting_walk.h) visits each
// match for the counts, a plain BM25 sum over the query's weighted terms
// (the formula of Xapian 1.4's BM25Weight, with its default parameters)
// keeps the few matches that can rank among the best; Xapian's matcher then
// scores those alone, and its order and weights are the answer.
//
// Exact, not an approximation: a match is kept when its sum is within a
// rounding margin of the best `wanted`, and Xapian's weights for the kept
// ones are checked against the sums; a difference (another weighting
// scheme, a query shape read wrongly) makes the caller rank every match.
//
// Reads AND, OR, AND_MAYBE, FILTER, AND_NOT, SCALE_WEIGHT and terms; a
// weighted synonym of several terms, a phrase or a wildcard: for_query()
// gives nullopt.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace kiosque {

class BroadRanking {
 public:
  // For `query` on `db` (its statistics are the weights'), keeping the
  // best `wanted`; nullopt when the query cannot be read or weighs nothing.
  static std::optional<BroadRanking> for_query(const Xapian::Database& db, const Xapian::Query& query,
                                               std::size_t wanted);

  // One match; docids ascending.
  void add(Xapian::docid did);
  // The matches that can be among the best `wanted`, by docid.
  std::vector<Xapian::docid> candidates() const;
  // Whether Xapian's `weight` for candidate `did` is its sum here.
  bool agrees(Xapian::docid did, double weight) const;

 private:
  struct Leaf {
    Xapian::PostingIterator it, end;
    double termweight;  // BM25Weight's: idf part, query factor, (k1 + 1)
  };
  BroadRanking(std::vector<Leaf> leaves, double length_factor, std::size_t wanted)
      : leaves_(std::move(leaves)), length_factor_(length_factor), wanted_(wanted) {}
  double margin(double score) const { return score * 1e-9 + 1e-12; }

  std::vector<Leaf> leaves_;
  double length_factor_;  // 1 / average document length
  std::size_t wanted_;
  std::vector<double> best_;                            // a min-heap of the best `wanted_` sums
  std::vector<std::pair<double, Xapian::docid>> kept_;  // every match near or above the heap's least
};

}  // namespace kiosque
