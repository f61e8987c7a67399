#include "entities/token_forms.h"

#include <algorithm>

#include "analysis/normalize.h"
#include "analysis/thread_memo.h"

namespace kiosque::entities {

namespace {

struct Forms {
  std::string lower, folded;
};

// fold_for_gazetteer() of the lower-case form equals that of the token
// (lower_case() is idempotent), and saves folding the case twice.
Forms compute_forms(std::string_view token) {
  Forms forms;
  forms.lower = analysis::lower_case(token);
  forms.folded = fold_for_gazetteer(forms.lower);
  return forms;
}

// Tokens with a non-ASCII byte go through ICU normalisers, which cost more
// than the rest of the token's attributes together: memoised per thread.
const Forms& memoised_forms(std::string_view token) {
  thread_local analysis::ThreadMemo<Forms> memo(100000);
  return memo.get(token, compute_forms);
}

// What compute_forms() gives for an ASCII token, written in place: lower
// case, and the same without a final dot (fold_for_gazetteer()).
void ascii_forms(std::string_view token, std::string& lower, std::string& folded) {
  lower.assign(token);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  folded.assign(lower, 0, lower.size() > 1 && lower.back() == '.' ? lower.size() - 1 : lower.size());
}

}  // namespace

TokenForms token_forms(std::string_view text, const std::vector<NerToken>& tokens, const Gazetteer& gazetteer) {
  TokenForms forms;
  const std::size_t n = tokens.size();
  forms.lower.resize(n);
  forms.folded.resize(n);
  forms.keys.resize(n);
  forms.lists.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view token = tokens[i].in(text);
    if (analysis::is_ascii(token)) {
      ascii_forms(token, forms.lower[i], forms.folded[i]);
    } else {
      const Forms& f = memoised_forms(token);
      forms.lower[i] = f.lower;
      forms.folded[i] = f.folded;
    }
    forms.keys[i] = gazetteer_token_key(forms.folded[i]);
  }
  // Looked up after folding, in a loop of their own, a few tokens ahead
  // prefetched: the table's cache misses overlap.
  constexpr std::size_t kPrefetchAhead = 8;
  for (std::size_t i = 0; i < std::min(n, kPrefetchAhead); ++i) gazetteer.prefetch_lists_of(forms.keys[i]);
  for (std::size_t i = 0; i < n; ++i) {
    if (i + kPrefetchAhead < n) gazetteer.prefetch_lists_of(forms.keys[i + kPrefetchAhead]);
    forms.lists[i] = gazetteer.lists_of(forms.keys[i]);
  }
  return forms;
}

}  // namespace kiosque::entities
