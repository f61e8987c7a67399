// One spelling everywhere: an article's entities under the names the facets
// show for them. The stored article keeps its own spelling ("Edouard
// Philippe", "Sarkozy"); the facet shows the index's most frequent spelling
// of that key ("Édouard Philippe") and a resolved surname's full name
// ("Nicolas Sarkozy", names/surname_resolution.h). Result chips and the
// article view use this, so a name never appears in two spellings side by
// side, and clicking a chip filters on the value the facet lists.
#pragma once

#include <vector>

#include "article.h"
#include "facets/facet_table.h"

namespace kiosque::search {

// Renames `entities` as `table` shows them. Two that become one name (an
// article with "Sarkozy" and "Nicolas Sarkozy") are joined, their mentions
// in text order; the most mentioned stay first. An entity no article of the
// table has (an index updated since) keeps its name.
void use_shown_names(std::vector<NamedEntity>& entities, const facets::FacetTable& table);

}  // namespace kiosque::search
