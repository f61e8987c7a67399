#include "stored_document.h"

#include <nlohmann/json.hpp>

#include "entity_json.h"
#include "facets/facet.h"

namespace kiosque {

namespace {

using nlohmann::json;

const char* kind_code(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "h";
    case BlockKind::kCaption: return "c";
    case BlockKind::kParagraph: break;
  }
  return "p";
}

BlockKind kind_from_code(const std::string& code) {
  if (code == "h") return BlockKind::kHeading;
  if (code == "c") return BlockKind::kCaption;
  return BlockKind::kParagraph;
}

}  // namespace

std::string encode_stored_document(const Article& article) {
  json blocks = json::array();
  for (const TextBlock& block : article.blocks) blocks.push_back({{"kind", kind_code(block.kind)}, {"text", block.text}});
  json entities = json::array();
  for (const NamedEntity& entity : article.entities) {
    json e = entity_json<json>(entity);
    e["mentions"] = entity.mentions;
    entities.push_back(std::move(e));
  }
  json doc = {{"id", article.id},
              {"title", article.title},
              {"title_derived", article.title_derived},
              {"date", article.date ? json(article.date->iso()) : json(nullptr)},
              {"lang", article.language},
              {"url", article.url},
              {"source", article.source},
              {"credits", article.credits},
              {"blocks", std::move(blocks)},
              {"entities", std::move(entities)}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

Article decode_stored_document(const std::string& data) {
  json doc = json::parse(data);
  Article article;
  article.id = doc.value("id", "");
  article.title = doc.value("title", "");
  article.title_derived = doc.value("title_derived", false);
  if (doc.contains("date") && doc["date"].is_string()) article.date = PublicationDate::parse(doc["date"].get<std::string>());
  article.language = doc.value("lang", "");
  article.url = doc.value("url", "");
  article.source = doc.value("source", "");
  article.credits = doc.value("credits", std::vector<std::string>{});
  for (const json& block : doc.value("blocks", json::array()))
    article.blocks.push_back({kind_from_code(block.value("kind", "p")), block.value("text", "")});
  for (const json& entity : doc.value("entities", json::array())) {
    NamedEntity e;
    auto facet = parse_facet(entity.value("type", ""));
    e.type = facet == Facet::kPlace          ? entities::EntityType::kPlace
             : facet == Facet::kOrganisation ? entities::EntityType::kOrganisation
                                             : entities::EntityType::kPerson;
    e.name = entity.value("name", "");
    e.mentions = entity.value("mentions", decltype(e.mentions){});
    article.entities.push_back(std::move(e));
  }
  return article;
}

}  // namespace kiosque
