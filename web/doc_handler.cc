#include "doc_handler.h"

#include "api_errors.h"
#include "article_json.h"
#include "search/utf16_offsets.h"
#include "searcher_pool.h"

namespace kiosque::web {

nlohmann::ordered_json handle_doc(const std::string& db, const std::string& id, const std::string& query) {
  using json = nlohmann::ordered_json;
  json out;
  bool found = with_searcher(db, [&](search::Searcher& searcher) {
    std::optional<Article> article = searcher.document(id);
    if (!article) return false;
    out = article_json(*article, TextOffsets::kUtf16);
    if (query.find_first_not_of(" \t\r\n") == std::string::npos) return true;
    // The query's words in the title and text, as UTF-16 ranges like mentions.
    search::HighlightTerms terms = search::highlight_terms(searcher.words_query(query));
    auto ranges = [&](const std::string& text) {
      std::vector<std::size_t> units = search::utf16_units_before_bytes(text);
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
