#include "search/entity_profile.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "facets/entity_slot.h"
#include "schema.h"
#include "search/association_score.h"
#include "stored_document.h"

namespace kiosque::search {

namespace {

// Names of the alias table listed at most: country names come in dozens of
// languages.
constexpr std::size_t kMaxAliases = 30;
constexpr std::size_t kMaxForms = 10;

// Articles whose stored text is read for the forms of the entity's name:
// the first listed, the most about it. Reading every article would cost its
// stored text's decompression, the bulk of a profile's time.
constexpr std::size_t kFormArticles = 100;

using KeyTest = std::function<bool(std::string_view key)>;

// The display names of the slot lines whose key passes `is_entity`: how the
// article's stored entities name it.
std::vector<std::string> names_in_slot(std::string_view slot, const KeyTest& is_entity) {
  std::vector<std::string> names;
  facets::for_each_entity_in_slot(slot, [&](std::string_view key, std::string_view name) {
    if (is_entity(key)) names.emplace_back(name);
  });
  return names;
}

// How `doc`'s stored article, decoded into `article`, names the entity,
// with the forms of its name.
EntityMentions mentions_in_text(const Xapian::Document& doc, facets::Facet facet, const KeyTest& is_entity, Article& article) {
  const std::vector<std::string> names = names_in_slot(doc.get_value(facet_info(facet).slot), is_entity);
  article = decode_stored_document(doc.get_data());
  return find_mentions(article, facet_info(facet).entity_type, [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  });
}

// How each of `docids` names the entity, in their order: from its slot,
// read as one value stream in docid order (a document at a time costs a
// cursor and a block read each), or, in an index written before the slot
// had mentions, from its stored article.
std::vector<EntityMentions> mentions_by_docid(const Xapian::Database& db, const std::vector<Xapian::docid>& docids,
                                              facets::Facet facet, const KeyTest& is_entity) {
  std::vector<std::size_t> order(docids.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docids[a] < docids[b]; });
  std::vector<EntityMentions> out(docids.size());
  const Xapian::valueno slot = facet_info(facet).slot;
  Xapian::ValueIterator value = db.valuestream_begin(slot);
  const Xapian::ValueIterator end = db.valuestream_end(slot);
  for (std::size_t i : order) {
    if (value != end) value.skip_to(docids[i]);
    const bool has_value = value != end && value.get_docid() == docids[i];
    std::optional<EntityMentions> found = slot_mentions(has_value ? *value : std::string(), is_entity);
    if (found) {
      out[i] = std::move(*found);
    } else {
      Article article;
      out[i] = mentions_in_text(db.get_document(docids[i]), facet, is_entity, article);
    }
  }
  return out;
}

// One of the entity's articles, before its stored text is read.
struct Candidate {
  Xapian::docid docid = 0;
  EntityMentions mentions;
};

// The stored article of `candidate`, for a list; its forms of the entity's
// name counted into `forms`.
ProfileArticle read_article(const Xapian::Database& db, const Candidate& candidate, facets::Facet facet, const KeyTest& is_entity,
                            std::unordered_map<std::string, std::size_t>& forms) {
  Article article;
  EntityMentions found = mentions_in_text(db.get_document(candidate.docid), facet, is_entity, article);
  for (const std::string& form : found.forms) ++forms[form];
  return {std::move(article.id), std::move(article.title), std::move(article.source), article.date, candidate.mentions};
}

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
std::vector<Association> associations(const facets::FacetTable& table, const std::vector<std::uint32_t>& shared,
                                      const std::vector<std::uint32_t>& in_scope, const EntityProfile& profile,
                                      std::optional<facets::FacetTable::Id> own, std::vector<facets::FacetTable::Id>& ids) {
  std::vector<Association> out;
  for (facets::Facet facet : facets::kAllFacets) {
    if (facet_kind(facet) != facets::FacetKind::kEntity) continue;
    auto [first, last] = table.range(facet);
    for (facets::FacetTable::Id id = first; id < last; ++id) {
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
std::vector<NetworkLink> network_links(const facets::FacetTable& table, const std::vector<Xapian::docid>& docids,
                                       const std::vector<facets::FacetTable::Id>& node_ids) {
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

// The alias table's names for the entity (those of its canonical name), and
// the surnames merged into it.
void add_names(const Searcher& searcher, const facets::FacetTable& table, entities::EntityType type, EntityProfile& profile) {
  const std::optional<std::string> canonical = searcher.aliases().canonical(type, profile.name);
  std::vector<std::string> seen = {profile.name};
  if (canonical)
    searcher.aliases().for_each_alias([&](entities::EntityType alias_type, const std::string& alias,
                                          const std::string& its_canonical) {
      if (alias_type != type || its_canonical != *canonical || profile.aliases.size() >= kMaxAliases) return;
      if (std::find(seen.begin(), seen.end(), alias) != seen.end()) return;
      seen.push_back(alias);
      profile.aliases.push_back(alias);
    });
  if (profile.facet != facets::Facet::kPerson) return;
  for (const std::string& surname : table.surnames().indexed_surnames(profile.key))
    if (auto id = table.find(facets::Facet::kPerson, surname)) profile.surnames.push_back(table.entry(*id).name);
}

}  // namespace

std::optional<facets::Facet> parse_entity_facet(std::string_view name) {
  std::optional<facets::Facet> facet = facets::parse_facet(name);
  if (facet && facet_kind(*facet) == facets::FacetKind::kEntity) return facet;
  return std::nullopt;
}

EntityProfile entity_profile(Searcher& searcher, const EntityProfileRequest& request) {
  const entities::EntityType type = facet_info(request.facet).entity_type;
  std::shared_ptr<const facets::FacetTable> table = searcher.facet_table();
  EntityProfile profile;
  profile.facet = request.facet;
  profile.key = searcher.entity_key(type, request.name);
  const std::optional<facets::FacetTable::Id> own = table->find(request.facet, profile.key);
  profile.known = own && table->all_counts()[*own] > 0;
  const std::string* shown = table->shown_name(request.facet, profile.key);
  profile.name = shown ? *shown : request.name;

  // The scope's counts, for the association scores.
  SearchRequest scope = request.scope;
  scope.match_all_when_empty = true;
  const Xapian::Query scope_query = searcher.request_query(scope);
  const bool everything = scope.query.find_first_not_of(" \t\r\n") == std::string::npos && !scope.has_filters();
  facets::FacetCounter scope_counter(table);
  if (everything) {
    scope_counter.count_all();
    profile.scope_articles = table->documents();
  } else {
    profile.scope_articles = searcher.count_matches(scope_query, &scope_counter);
  }

  // The entity's articles: counted, and sorted by how much they are about it.
  Xapian::MSet matches = entity_matches(
      searcher, Xapian::Query(Xapian::Query::OP_FILTER, scope_query, searcher.entity_query(type, request.name)));
  facets::FacetCounter counter(table);
  std::vector<std::string> surnames;
  if (request.facet == facets::Facet::kPerson) surnames = table->surnames().indexed_surnames(profile.key);
  const KeyTest is_entity = [&](std::string_view key) {
    return key == profile.key || std::find(surnames.begin(), surnames.end(), key) != surnames.end();
  };
  std::vector<Xapian::docid> docids;  // newest first
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    docids.push_back(*it);
    counter.count(*it);
  }
  const std::vector<EntityMentions> mentions = mentions_by_docid(searcher.database(), docids, request.facet, is_entity);
  std::vector<Candidate> main, others;
  for (std::size_t i = 0; i < docids.size(); ++i) {
    const Candidate candidate{docids[i], mentions[i]};
    if (candidate.mentions.mainly_about())
      main.push_back(candidate);
    else if (others.size() < std::max(request.articles, kFormArticles))
      others.push_back(candidate);
  }
  profile.articles = matches.size();
  profile.main_total = main.size();
  profile.other_total = profile.articles - main.size();
  // Most weight first, then newest first (the order read).
  std::stable_sort(main.begin(), main.end(),
                   [](const Candidate& a, const Candidate& b) { return a.mentions.weight() > b.mentions.weight(); });

  // The lists, and the forms of the name in the articles most about it.
  std::unordered_map<std::string, std::size_t> forms;
  const Xapian::Database& db = searcher.database();
  std::size_t read = 0;
  auto read_list = [&](const std::vector<Candidate>& list, std::vector<ProfileArticle>& shown) {
    for (const Candidate& candidate : list) {
      if (shown.size() >= request.articles && read >= kFormArticles) break;
      ProfileArticle article = read_article(db, candidate, request.facet, is_entity, forms);
      ++read;
      if (shown.size() < request.articles) shown.push_back(std::move(article));
    }
  };
  read_list(main, profile.main_articles);
  read_list(others, profile.other_articles);
  for (const auto& form : forms) profile.forms.push_back({form.first, form.second});
  std::sort(profile.forms.begin(), profile.forms.end(), [](const NameForm& a, const NameForm& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.text < b.text;
  });
  if (profile.forms.size() > kMaxForms) profile.forms.resize(kMaxForms);

  profile.timeline = make_timeline(counter.values(facets::Facet::kMonth, 0), counter.values(facets::Facet::kDay, 0));

  std::vector<facets::FacetTable::Id> ids;
  std::vector<Association> all = associations(*table, counter.counts(), scope_counter.counts(), profile, own, ids);
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return better(all[a], all[b]); });
  std::vector<facets::FacetTable::Id> node_ids;
  for (std::size_t i : order) {
    const Association& a = all[i];
    std::vector<Association>& list = profile.associations[a.facet];
    if (list.size() < request.associations) list.push_back(a);
    if (profile.network.size() < request.network && a.score > 0) {
      profile.network.push_back(a);
      node_ids.push_back(ids[i]);
    }
  }
  for (facets::Facet facet : facets::kAllFacets)
    if (facet_kind(facet) == facets::FacetKind::kEntity) profile.associations[facet];  // every type listed, even empty
  profile.links = network_links(*table, docids, node_ids);
  add_names(searcher, *table, type, profile);
  return profile;
}

}  // namespace kiosque::search
