// What ranks news articles beyond BM25 on the whole text: signals added to
// a query's weight, never changing what it matches (they go on the
// optional side of OP_AND_MAYBE), over its best matches
// (search/reranked_page.h).
//
//   title       a query word in the title (search/title_words.h) adds
//               kTitleBoost times its inverse document frequency, about
//               what BM25 gives a word written 3 times (the words of a
//               name of several words share it: one thing, one weight)
//   proximity   two neighbouring words of the query within kNearWindow
//               positions of each other (OP_NEAR) add their weights
//               (kProximityBoost times): "réforme des retraites" written
//               together, not one word in each paragraph
//   name        a name typed in capitals, of several words, as a phrase
//               ("Tour de France", not a second tour in France) adds its
//               words' weights (kNamePhraseBoost times)
//   entity      a query that types the name of a person, place or
//               organisation of the index (names/entity_resolver.h, as the
//               person: filter resolves it) ranks the articles about it
//               above those naming it in passing (search/entity_focus.h),
//               up to kEntityBoost times its inverse document frequency:
//               as much as a word of its rarity at BM25's saturation
//               ((k1 + 1) idf, k1 = 1), times the name's share of the query
//
// Stopwords and filler words ("quelles") take no part. Title and entity
// are Kiosque's posting sources: over remote shards, which cannot run them,
// only proximity applies.
#pragma once

#include <xapian.h>

#include "names/entity_resolver.h"
#include "query/text_query.h"

namespace kiosque::search {

inline constexpr double kTitleBoost = 1.5;
inline constexpr double kProximityBoost = 0.5;
inline constexpr Xapian::termcount kNearWindow = 6;
inline constexpr double kNamePhraseBoost = 0.5;
inline constexpr double kEntityBoost = 2.0;
// Neighbouring pairs of a long query that count for proximity, the first ones.
inline constexpr std::size_t kMaxProximityPairs = 8;

// The signals for `parsed`, to add with OP_AND_MAYBE; an empty query when
// none applies. `local`: the index has no remote shard.
Xapian::Query news_signals(const query::ParsedQuery& parsed, const names::EntityResolver& entities, bool local);

}  // namespace kiosque::search
