#include "training_corpus.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "entities/ner_tokenizer.h"
#include "entities/utf8_offsets.h"

namespace kiosque::train_ner {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& path, std::size_t line, const std::string& why) {
  throw std::runtime_error(path + ":" + std::to_string(line) + ": " + why);
}

AnnotatedDocument parse_document(const std::string& line, const std::string& path, std::size_t line_number) {
  json object = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded() || !object.is_object()) fail(path, line_number, "expected a JSON object");
  auto text = object.find("text");
  if (text == object.end() || !text->is_string()) fail(path, line_number, "missing string 'text'");

  AnnotatedDocument doc;
  doc.id = object.value("id", std::to_string(line_number));
  doc.text = text->get<std::string>();
  const std::vector<std::size_t> bytes = entities::bytes_of_code_points(doc.text);
  auto list = object.find("entities");
  if (list != object.end()) {
    if (!list->is_array()) fail(path, line_number, "'entities' must be an array");
    for (const json& entity : *list) {
      auto type = entities::parse_entity_type(entity.value("type", ""));
      if (!type) continue;
      const std::size_t start = entity.value("start", std::size_t{0});
      const std::size_t end = entity.value("end", std::size_t{0});
      if (start >= end || end >= bytes.size())
        fail(path, line_number,
             "entity offsets [" + std::to_string(start) + ", " + std::to_string(end) + ") outside the text of " +
                 doc.id);
      doc.spans.push_back({*type, bytes[start], bytes[end]});
    }
  }
  doc.tokens = entities::tokenize_for_ner(doc.text);
  return doc;
}

}  // namespace

std::vector<AnnotatedDocument> read_annotated_jsonl(const std::string& path, GoldStats& stats) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open annotated JSONL file");
  std::vector<AnnotatedDocument> docs;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    AnnotatedDocument doc = parse_document(line, path, line_number);
    doc.gold = gold_tags(doc.text, doc.tokens, doc.spans, stats);
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace kiosque::train_ner
