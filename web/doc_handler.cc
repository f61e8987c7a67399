#include "doc_handler.h"

#include "api_errors.h"
#include "entity_json.h"
#include "search/utf16_offsets.h"
#include "thread_searcher.h"

namespace kiosque::web {

namespace {

const char* kind_code(BlockKind kind) {
  return kind == BlockKind::kHeading ? "h" : kind == BlockKind::kCaption ? "c" : "p";
}

}  // namespace

nlohmann::ordered_json article_json(const Article& a) {
  using json = nlohmann::ordered_json;
  std::string text = a.body_text();
  std::vector<std::size_t> units = utf16_units_before_bytes(text);
  auto utf16 = [&](std::size_t byte) { return units[std::min(byte, text.size())]; };
  json entities = json::array();
  for (const NamedEntity& e : a.entities) {
    json mentions = json::array();
    for (auto [start, end] : e.mentions) mentions.push_back({utf16(start), utf16(end)});
    json entity = entity_json<json>(e);
    entity["mentions"] = std::move(mentions);
    entities.push_back(std::move(entity));
  }
  json blocks = json::array();
  for (const TextBlock& block : a.blocks) blocks.push_back({{"kind", kind_code(block.kind)}, {"text", block.text}});
  return {{"id", a.id},
          {"title", a.title},
          {"date", a.date ? json(a.date->iso()) : json(nullptr)},
          {"lang", a.language},
          {"url", a.url},
          {"source", a.source},
          {"credits", a.credits},
          {"blocks", std::move(blocks)},
          {"text", std::move(text)},
          {"entities", std::move(entities)}};
}

nlohmann::ordered_json handle_doc(const std::string& db, const std::string& id, const std::string& query) {
  using json = nlohmann::ordered_json;
  json out;
  bool found = with_searcher(db, [&](Searcher& searcher) {
    std::optional<Article> article = searcher.document(id);
    if (!article) return false;
    out = article_json(*article);
    if (query.find_first_not_of(" \t\r\n") == std::string::npos) return true;
    // The query's words in the title and text, as UTF-16 ranges like mentions.
    HighlightTerms terms = highlight_terms(searcher.words_query(query));
    auto ranges = [&](const std::string& text) {
      std::vector<std::size_t> units = utf16_units_before_bytes(text);
      json list = json::array();
      for (auto range : searcher.snippet_maker().match_ranges(text, article->language, terms))
        list.push_back({units[range.first], units[range.second]});
      return list;
    };
    out["title_matches"] = ranges(article->title);
    out["matches"] = ranges(out["text"].get<std::string>());
    return true;
  });
  if (!found) throw ApiException(ApiError::kNotFound, "no article with id '" + id + "'", "no_article", {{"id", id}});
  return out;
}

}  // namespace kiosque::web
