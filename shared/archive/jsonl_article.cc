#include "archive/jsonl_article.h"

#include <nlohmann/json.hpp>

#include <cctype>

#include "archive/blocks.h"
#include "archive/content_hash.h"
#include "archive/title.h"
#include "archive/utf8_check.h"

namespace kiosque::archive {

namespace {

using nlohmann::json;

// The string value of an optional field; throws for a non-string.
std::string optional_string(const json& object, const char* key, const std::string& file, std::size_t line) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) throw InputError({file, line, std::string("field '") + key + "' must be a string"});
  return it->get<std::string>();
}

bool is_language_code(const std::string& code) {
  if (code.size() < 2 || code.size() > 3) return false;
  for (char c : code)
    if (c < 'a' || c > 'z') return false;
  return true;
}

}  // namespace

Article parse_jsonl_article(std::string_view line, const std::string& file, std::size_t line_number,
                            std::vector<Diagnostic>& warnings) {
  if (auto problem = check_text(line)) throw InputError({file, line_number, problem->message});
  json object = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded()) throw InputError({file, line_number, "malformed JSON"});
  if (!object.is_object()) throw InputError({file, line_number, "expected a JSON object"});

  Article article;
  auto id = object.find("id");
  if (id == object.end() || id->is_null()) throw InputError({file, line_number, "missing 'id'"});
  if (id->is_string())
    article.id = id->get<std::string>();
  else if (id->is_number_integer())
    article.id = std::to_string(id->get<long long>());
  else
    throw InputError({file, line_number, "'id' must be a string or an integer"});
  if (article.id.empty()) throw InputError({file, line_number, "empty 'id'"});

  std::string text = optional_string(object, "text", file, line_number);
  SplitBody body = split_blocks(text);
  if (body.blocks.empty()) throw InputError({file, line_number, "missing or empty 'text' (id " + article.id + ")"});
  article.blocks = std::move(body.blocks);
  article.credits = std::move(body.credits);

  article.title = optional_string(object, "title", file, line_number);
  if (article.title.empty()) {
    article.title = derive_title(article.blocks.front().text);
    article.title_derived = true;
  }
  if (std::string date = optional_string(object, "date", file, line_number); !date.empty()) {
    article.date = PublicationDate::parse(date);
    if (!article.date)
      warnings.push_back({file, line_number, "malformed date '" + date + "' (id " + article.id +
                                                 "): expected YYYY-MM or YYYY-MM-DD; indexed undated"});
  }
  std::string lang = optional_string(object, "lang", file, line_number);
  for (char& c : lang) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lang.empty() && !is_language_code(lang))
    warnings.push_back({file, line_number, "unknown language code '" + lang + "' (id " + article.id +
                                               "): expected ISO 639-1 such as 'fr'; detecting it instead"});
  else
    article.language = lang;
  article.url = optional_string(object, "url", file, line_number);
  // Datasets often name themselves in "source" ("Tixierae/OrangeSum"); a
  // "publication" field, when there is one, names the newspaper or site.
  article.source = optional_string(object, "publication", file, line_number);
  if (article.source.empty()) article.source = optional_string(object, "source", file, line_number);
  article.content_hash = content_hash(line);
  return article;
}

}  // namespace kiosque::archive
