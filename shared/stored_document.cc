#include "stored_document.h"

#include <simdjson.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "article_json.h"
#include "dates/date_mention_json.h"
#include "entity_json.h"
#include "facets/facet.h"

namespace kiosque {

namespace {

using nlohmann::json;

BlockKind kind_from_code(const std::string& code) {
  if (code == "h") return BlockKind::kHeading;
  if (code == "c") return BlockKind::kCaption;
  return BlockKind::kParagraph;
}

}  // namespace

std::string encode_stored_document(const Article& article) {
  json blocks = json::array();
  for (const TextBlock& block : article.blocks) blocks.push_back({{"kind", block_kind_code(block.kind)}, {"text", block.text}});
  json entities = json::array();
  for (const NamedEntity& entity : article.entities) {
    json e = entity_json<json>(entity);
    e["mentions"] = entity.mentions;
    if (entity.title_mentions) e["title_mentions"] = entity.title_mentions;
    entities.push_back(std::move(e));
  }
  json dates = json::array();
  for (const dates::DateMention& mention : article.mentioned_dates) dates.push_back(dates::date_mention_json<json>(mention));
  json doc = {{"id", article.id},
              {"title", article.title},
              {"title_derived", article.title_derived},
              {"date", article.date ? json(article.date->iso()) : json(nullptr)},
              {"lang", article.language},
              {"url", article.url},
              {"source", article.source},
              {"credits", article.credits},
              {"blocks", std::move(blocks)},
              {"entities", std::move(entities)},
              {"dates", std::move(dates)}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Decoding runs for every search result shown (and, in an index from before
// the fingerprint slot, every near-duplicate candidate):
// simdjson parses several times faster than nlohmann's DOM.
Article decode_stored_document(const std::string& data) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object doc;
  if (parser.parse(data).get(doc)) throw std::runtime_error("damaged stored document: not a JSON object");
  auto text = [&](simdjson::dom::object object, const char* field) {
    std::string_view value;
    return object[field].get(value) ? std::string() : std::string(value);
  };
  Article article;
  article.id = text(doc, "id");
  article.title = text(doc, "title");
  bool derived = false;
  if (!doc["title_derived"].get(derived)) article.title_derived = derived;
  std::string_view date;
  if (!doc["date"].get(date)) article.date = PublicationDate::parse(std::string(date));
  article.language = text(doc, "lang");
  article.url = text(doc, "url");
  article.source = text(doc, "source");
  simdjson::dom::array list;
  if (!doc["credits"].get(list))
    for (simdjson::dom::element credit : list) {
      std::string_view value;
      if (!credit.get(value)) article.credits.emplace_back(value);
    }
  if (!doc["blocks"].get(list))
    for (simdjson::dom::element element : list) {
      simdjson::dom::object block;
      if (element.get(block)) continue;
      std::string kind = text(block, "kind");
      article.blocks.push_back({kind_from_code(kind.empty() ? "p" : kind), text(block, "text")});
    }
  if (!doc["entities"].get(list))
    for (simdjson::dom::element element : list) {
      simdjson::dom::object entity;
      if (element.get(entity)) continue;
      NamedEntity e;
      auto facet = facets::parse_facet(text(entity, "type"));
      e.type = facet == facets::Facet::kPlace          ? entities::EntityType::kPlace
               : facet == facets::Facet::kOrganisation ? entities::EntityType::kOrganisation
                                               : entities::EntityType::kPerson;
      e.name = text(entity, "name");
      simdjson::dom::array mentions;
      if (!entity["mentions"].get(mentions))
        for (simdjson::dom::element mention : mentions) {
          simdjson::dom::array range;
          std::uint64_t start = 0, end = 0;
          if (mention.get(range) || range.at(0).get(start) || range.at(1).get(end)) continue;
          e.mentions.emplace_back(start, end);
        }
      std::uint64_t title_mentions = 0;
      if (!entity["title_mentions"].get(title_mentions)) e.title_mentions = title_mentions;
      article.entities.push_back(std::move(e));
    }
  if (!doc["dates"].get(list))
    for (simdjson::dom::element element : list) {
      simdjson::dom::object date;
      if (element.get(date)) continue;
      const std::string value = text(date, "value");
      const std::size_t dots = value.find("..");
      auto first = dates::parse_calendar_date(value.substr(0, dots));
      auto last = dots == std::string::npos ? first : dates::parse_calendar_date(value.substr(dots + 2));
      if (!first || !last) continue;
      dates::DateMention m{*first, *last};
      bool flag = false;
      if (!date["inferred"].get(flag)) m.inferred = flag;
      if (!date["title"].get(flag)) m.in_title = flag;
      std::uint64_t offset = 0;
      if (!date["start"].get(offset)) m.start = offset;
      if (!date["end"].get(offset)) m.end = offset;
      article.mentioned_dates.push_back(m);
    }
  return article;
}

}  // namespace kiosque
