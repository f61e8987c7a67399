#include "search/entity_profile_json.h"

#include <cmath>

namespace kiosque::search {

namespace {

using json = nlohmann::ordered_json;

double rounded(double x, double unit) { return std::round(x / unit) * unit; }

json association_json(const Association& a) {
  return {{"type", facet_name(a.facet)}, {"name", a.name},   {"shared", a.shared}, {"count", a.scope_count},
          {"score", rounded(a.score, 0.01)}, {"lift", rounded(a.lift, 0.001)}};
}

json articles_json(const std::vector<ProfileArticle>& articles, std::size_t total) {
  json list = json::array();
  for (const ProfileArticle& a : articles)
    list.push_back({{"id", a.id},
                    {"title", a.title},
                    {"date", a.date ? json(a.date->iso()) : json(nullptr)},
                    {"source", a.source},
                    {"mentions", a.mentions.mentions},
                    {"in_title", a.mentions.in_title()},
                    {"in_lead", a.mentions.in_lead}});
  return {{"total", total}, {"results", std::move(list)}};
}

}  // namespace

json entity_profile_json(const EntityProfile& p) {
  json periods = json::array();
  for (const TimelinePeriod& period : p.timeline.periods) periods.push_back({{"period", period.period}, {"count", period.count}});
  json associations = json::object();
  for (const auto& entry : p.associations) {
    json list = json::array();
    for (const Association& a : entry.second) list.push_back(association_json(a));
    associations[std::string(facet_name(entry.first))] = std::move(list);
  }
  json forms = json::array();
  for (const NameForm& f : p.forms) forms.push_back({{"text", f.text}, {"mentions", f.mentions}});
  json nodes = json::array();
  for (const Association& a : p.network) nodes.push_back(association_json(a));
  json links = json::array();
  for (const NetworkLink& l : p.links) links.push_back({{"from", l.from}, {"to", l.to}, {"shared", l.shared}});
  auto date = [](const std::string& d) { return d.empty() ? json(nullptr) : json(d); };
  return {{"type", facet_name(p.facet)},
          {"name", p.name},
          {"key", p.key},
          {"known", p.known},
          {"articles", p.articles},
          {"scope_articles", p.scope_articles},
          {"first", date(p.timeline.first)},
          {"last", date(p.timeline.last)},
          {"timeline", {{"unit", p.timeline.monthly ? "month" : "year"},
                        {"periods", std::move(periods)},
                        {"undated", p.timeline.undated}}},
          {"score", "g2"},
          {"associations", std::move(associations)},
          {"main_articles", articles_json(p.main_articles, p.main_total)},
          {"other_articles", articles_json(p.other_articles, p.other_total)},
          {"names", {{"forms", std::move(forms)}, {"aliases", p.aliases}, {"surnames", p.surnames}}},
          {"network", {{"nodes", std::move(nodes)}, {"links", std::move(links)}}}};
}

}  // namespace kiosque::search
