// How much more often two entities appear together than chance, from four
// article counts: Dunning's log-likelihood ratio G² over the 2x2 table of
// "has A" by "has B", signed (negative when they meet less often than
// expected), and the lift (observed / expected shared articles).
//
// Why G² ranks and lift does not: lift alone puts first an entity named in
// two articles that both name A; raw shared counts put first what is
// everywhere ("France", "Paris"). G² grows with the evidence and with the
// surprise together, so a close colleague named in 300 of A's 2000 articles
// and 400 of the archive's 34000 beats "France" in 900 of 2000 and 8000.
#pragma once

#include <cstddef>

namespace kiosque::search {

struct AssociationCounts {
  std::size_t shared = 0;     // articles with A and B
  std::size_t with_a = 0;     // articles with A
  std::size_t with_b = 0;     // articles with B
  std::size_t articles = 0;   // articles in all (the scope searched)
};

// Signed G²: 2 Σ O ln(O/E) over the four cells, negative when `shared` is
// below its expected count. 0 for an empty or inconsistent table.
double log_likelihood(const AssociationCounts& counts);

// shared / (with_a * with_b / articles); 0 when a count is 0.
double lift(const AssociationCounts& counts);

}  // namespace kiosque::search
