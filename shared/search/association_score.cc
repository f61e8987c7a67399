#include "search/association_score.h"

#include <cmath>

namespace kiosque::search {

namespace {

// O ln(O/E), 0 for an empty cell (its limit).
double term(double observed, double expected) {
  return observed > 0 && expected > 0 ? observed * std::log(observed / expected) : 0;
}

bool consistent(const AssociationCounts& c) {
  return c.articles > 0 && c.shared <= c.with_a && c.shared <= c.with_b && c.with_a <= c.articles &&
         c.with_b <= c.articles && c.with_a + c.with_b - c.shared <= c.articles;
}

}  // namespace

double log_likelihood(const AssociationCounts& c) {
  if (!consistent(c)) return 0;
  const double n = static_cast<double>(c.articles);
  const double a = static_cast<double>(c.with_a), b = static_cast<double>(c.with_b);
  const double k11 = static_cast<double>(c.shared), k12 = a - k11, k21 = b - k11, k22 = n - a - b + k11;
  const double e11 = a * b / n, e12 = a * (n - b) / n, e21 = (n - a) * b / n, e22 = (n - a) * (n - b) / n;
  const double g2 = 2 * (term(k11, e11) + term(k12, e12) + term(k21, e21) + term(k22, e22));
  return k11 < e11 ? -g2 : g2;
}

double lift(const AssociationCounts& c) {
  if (!consistent(c) || c.with_a == 0 || c.with_b == 0) return 0;
  return static_cast<double>(c.shared) * static_cast<double>(c.articles) /
         (static_cast<double>(c.with_a) * static_cast<double>(c.with_b));
}

}  // namespace kiosque::search
