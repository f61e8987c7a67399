#include "search/entity_profile.h"

#include <algorithm>
#include <unordered_map>

#include "names/name_key.h"
#include "schema.h"
#include "search/association_score.h"
#include "stored_document.h"

namespace kiosque {

namespace {

// Names of the alias table listed at most: country names come in dozens of
// languages.
constexpr std::size_t kMaxAliases = 30;
constexpr std::size_t kMaxForms = 10;

// Remembers name_key() of the names seen: the same few names come back in
// every article, and a key costs ICU work.
class KeyCache {
 public:
  const std::string& operator()(const std::string& name) {
    auto it = keys_.find(name);
    if (it == keys_.end()) it = keys_.emplace(name, name_key(name)).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::string> keys_;
};

bool better(const Association& a, const Association& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.shared != b.shared) return a.shared > b.shared;
  return a.name < b.name;
}

// The entity's matches in the scope, newest first (undated last).
Xapian::MSet entity_matches(Searcher& searcher, const Xapian::Query& query) {
  Xapian::Enquire enquire(searcher.database());
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_sort_by_value(schema::kDateSlot, true);
  return enquire.get_mset(0, searcher.database().get_doccount());
}

// Every entity of the scope's articles that shares some with the entity,
// scored; `own` (the entity's id, if any) left out.
std::vector<Association> associations(const FacetTable& table, const std::vector<std::uint32_t>& shared,
                                      const std::vector<std::uint32_t>& in_scope, const EntityProfile& profile,
                                      std::optional<FacetTable::Id> own, std::vector<FacetTable::Id>& ids) {
  std::vector<Association> out;
  for (Facet facet : kAllFacets) {
    if (facet_kind(facet) != FacetKind::kEntity) continue;
    auto [first, last] = table.range(facet);
    for (FacetTable::Id id = first; id < last; ++id) {
      if (!shared[id] || id == own) continue;
      AssociationCounts counts{shared[id], profile.articles, in_scope[id], profile.scope_articles};
      out.push_back({facet, table.entry(id).name, table.entry(id).key, shared[id], in_scope[id],
                     log_likelihood(counts), lift(counts)});
      ids.push_back(id);
    }
  }
  return out;
}

// Articles that name both ends of each pair of nodes (node 0: the entity,
// in every article).
std::vector<NetworkLink> network_links(const FacetTable& table, const std::vector<Xapian::docid>& docids,
                                       const std::vector<FacetTable::Id>& node_ids) {
  const std::size_t n = node_ids.size() + 1;
  std::vector<std::size_t> node_of(table.size(), 0);  // 0: not a node
  for (std::size_t i = 0; i < node_ids.size(); ++i) node_of[node_ids[i]] = i + 1;
  std::vector<std::size_t> pairs(n * n, 0);
  std::vector<std::size_t> present;
  for (Xapian::docid docid : docids) {
    present.assign(1, 0);
    auto [id, end] = table.values_of(docid);
    for (; id != end; ++id)
      if (node_of[*id]) present.push_back(node_of[*id]);
    for (std::size_t a = 0; a < present.size(); ++a)
      for (std::size_t b = a + 1; b < present.size(); ++b)
        ++pairs[std::min(present[a], present[b]) * n + std::max(present[a], present[b])];
  }
  std::vector<NetworkLink> links;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b)
      if (pairs[a * n + b]) links.push_back({a, b, pairs[a * n + b]});
  return links;
}

void add_names(const Searcher& searcher, const FacetTable& table, entities::EntityType type, KeyCache& keys,
               EntityProfile& profile) {
  std::vector<std::string> seen = {profile.key};
  searcher.aliases().for_each_alias([&](entities::EntityType alias_type, const std::string& alias,
                                        const std::string& canonical) {
    if (alias_type != type || profile.aliases.size() >= kMaxAliases || keys(canonical) != profile.key) return;
    const std::string& key = keys(alias);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) return;
    seen.push_back(key);
    profile.aliases.push_back(alias);
  });
  if (profile.facet != Facet::kPerson) return;
  for (const std::string& surname : table.surnames().indexed_surnames(profile.key))
    if (auto id = table.find(Facet::kPerson, surname)) profile.surnames.push_back(table.entry(*id).name);
}

}  // namespace

std::optional<Facet> parse_entity_facet(std::string_view name) {
  std::optional<Facet> facet = parse_facet(name);
  if (facet && facet_kind(*facet) == FacetKind::kEntity) return facet;
  return std::nullopt;
}

EntityProfile entity_profile(Searcher& searcher, const EntityProfileRequest& request) {
  const entities::EntityType type = facet_info(request.facet).entity_type;
  std::shared_ptr<const FacetTable> table = searcher.facet_table();
  EntityProfile profile;
  profile.facet = request.facet;
  profile.key = searcher.entity_key(type, request.name);
  const std::optional<FacetTable::Id> own = table->find(request.facet, profile.key);
  profile.known = own && table->all_counts()[*own] > 0;
  const std::string* shown = table->shown_name(request.facet, profile.key);
  profile.name = shown ? *shown : request.name;

  // The scope's counts, for the association scores.
  SearchRequest scope = request.scope;
  scope.match_all_when_empty = true;
  const Xapian::Query scope_query = searcher.request_query(scope);
  const bool everything = scope.query.find_first_not_of(" \t\r\n") == std::string::npos && !scope.has_filters();
  FacetCounter scope_counter(table);
  if (everything) {
    scope_counter.count_all();
    profile.scope_articles = table->documents();
  } else {
    profile.scope_articles = searcher.count_matches(scope_query, &scope_counter);
  }

  // The entity's articles: counted, and read for their mentions.
  Xapian::MSet matches = entity_matches(
      searcher, Xapian::Query(Xapian::Query::OP_FILTER, scope_query, searcher.entity_query(type, request.name)));
  FacetCounter counter(table);
  KeyCache keys;
  auto is_entity = [&](const std::string& name) {
    const std::string& key = keys(name);
    if (key == profile.key) return true;
    auto full = type == entities::EntityType::kPerson ? table->surnames().full_name(key) : std::nullopt;
    return full && *full == profile.key;
  };
  std::unordered_map<std::string, std::size_t> forms;
  std::vector<Xapian::docid> docids;
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    docids.push_back(*it);
    counter.count(*it);
    Article article = decode_stored_document(it.get_document().get_data());
    ProfileArticle item{article.id, article.title, article.source, article.date, find_mentions(article, type, is_entity)};
    for (const std::string& form : item.mentions.forms) ++forms[form];
    item.mentions.forms.clear();
    if (item.mentions.mainly_about()) {
      profile.main_articles.push_back(std::move(item));
    } else {
      if (profile.other_articles.size() < request.articles) profile.other_articles.push_back(std::move(item));
      ++profile.other_total;
    }
  }
  profile.articles = matches.size();
  profile.main_total = profile.main_articles.size();
  // Most weight first, then newest first (the order read).
  std::stable_sort(profile.main_articles.begin(), profile.main_articles.end(),
                   [](const ProfileArticle& a, const ProfileArticle& b) { return a.mentions.weight() > b.mentions.weight(); });
  if (profile.main_articles.size() > request.articles) profile.main_articles.resize(request.articles);
  for (const auto& form : forms) profile.forms.push_back({form.first, form.second});
  std::sort(profile.forms.begin(), profile.forms.end(), [](const NameForm& a, const NameForm& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.text < b.text;
  });
  if (profile.forms.size() > kMaxForms) profile.forms.resize(kMaxForms);

  profile.timeline = make_timeline(counter.values(Facet::kMonth, 0), counter.values(Facet::kDay, 0));

  std::vector<FacetTable::Id> ids;
  std::vector<Association> all = associations(*table, counter.counts(), scope_counter.counts(), profile, own, ids);
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return better(all[a], all[b]); });
  std::vector<FacetTable::Id> node_ids;
  for (std::size_t i : order) {
    const Association& a = all[i];
    std::vector<Association>& list = profile.associations[a.facet];
    if (list.size() < request.associations) list.push_back(a);
    if (profile.network.size() < request.network && a.score > 0) {
      profile.network.push_back(a);
      node_ids.push_back(ids[i]);
    }
  }
  for (Facet facet : kAllFacets)
    if (facet_kind(facet) == FacetKind::kEntity) profile.associations[facet];  // every type listed, even empty
  profile.links = network_links(*table, docids, node_ids);
  add_names(searcher, *table, type, keys, profile);
  return profile;
}

}  // namespace kiosque
