// "Who is X in this archive": one person's, place's or organisation's
// articles, over the whole index or within a search (its words and
// filters): how many and when (a timeline), the entities most associated
// with it (search/association_score.h), the articles mainly about it
// (search/entity_mentions.h) then the others, and the names it goes by.
//
// Exact, like the facets it is built from: the timeline and the undated add
// up to the article count; an association's shared count is the number of
// articles that both entity filters select within the same scope (the
// facet counter counts the entity's matches through the index's facet
// table, surnames merged as the filters merge them). The same over shards:
// the matches are read from the combined database, whose docids the facet
// table uses.
//
// Not here: HTTP or terminal output (web/entity_handler.h,
// searcher/entity_command.h).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "article.h"
#include "facets/facet.h"
#include "search/entity_mentions.h"
#include "search/entity_timeline.h"
#include "search/searcher.h"

namespace kiosque::search {

struct EntityProfileRequest {
  facets::Facet facet = facets::Facet::kPerson;  // an entity facet
  std::string name;              // as users write it: any alias, a surname
  // The scope: a search's words and filters (match_all_when_empty: the
  // whole archive when it has none).
  SearchRequest scope;
  std::size_t associations = 10;  // per entity facet
  std::size_t articles = 10;      // per list: mainly about it, the others
  std::size_t network = 12;       // associated entities in the network
};

struct Association {
  facets::Facet facet = facets::Facet::kPerson;
  std::string name, key;
  std::size_t shared = 0;       // articles of the scope with both
  std::size_t scope_count = 0;  // articles of the scope with this one
  double score = 0;             // signed G² (association_score.h)
  double lift = 0;
};

struct ProfileArticle {
  std::string id, title, source;
  std::optional<PublicationDate> date;
  EntityMentions mentions;
};

struct NameForm {
  std::string text;
  std::size_t mentions = 0;
};

// The entity's articles that name both ends of a network link.
struct NetworkLink {
  std::size_t from = 0, to = 0;  // 0: the entity; i > 0: network[i - 1]
  std::size_t shared = 0;
};

struct EntityProfile {
  facets::Facet facet = facets::Facet::kPerson;
  std::string name;  // as the facets show it
  std::string key;   // what filters select
  bool known = false;  // some article of the index has it
  std::size_t articles = 0;        // of the scope, with the entity
  std::size_t scope_articles = 0;  // of the scope
  Timeline timeline;
  std::map<facets::Facet, std::vector<Association>> associations;  // per entity facet, best score first
  // The articles mainly about it (most weight first), then the others
  // (newest first): `articles` of each, and how many there are.
  std::vector<ProfileArticle> main_articles, other_articles;
  std::size_t main_total = 0, other_total = 0;
  std::vector<NameForm> forms;         // how its mentions are written, most frequent first
  std::vector<std::string> aliases;    // the alias table's names for it
  std::vector<std::string> surnames;   // surnames merged into it (persons)
  std::vector<Association> network;    // the strongest associations of any type
  std::vector<NetworkLink> links;      // between the entity and them, and among them
};

// Throws QueryError for a scope that cannot be searched.
EntityProfile entity_profile(Searcher& searcher, const EntityProfileRequest& request);

// "person", "place", "org" -> the facet; nullopt for another name.
std::optional<facets::Facet> parse_entity_facet(std::string_view name);

}  // namespace kiosque::search
