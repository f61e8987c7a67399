// kiosque-ner: runs the entity tagger over a JSONL file of documents
// ({"id", "text"} per line) and writes one JSON line per document:
//   {"id": ..., "entities": [{"type": "PER", "start": 0, "end": 16, "surface": "..."}]}
// Offsets are Unicode code points by default (what shared/eval/ner/score.py
// reads), or UTF-8 bytes with --byte-offsets.
#include <algorithm>
#include <chrono>
#include <optional>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "entities/tagger.h"
#include "extraction/entity_extractor.h"
#include "extraction/model_paths.h"
#include "entities/utf8_offsets.h"

namespace {

using namespace kiosque;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kHelp = R"(Usage: kiosque-ner [--model MODEL] [--input FILE] [--output FILE] [options]

Tags persons (PER), places (LOC) and organisations (ORG) in JSONL documents.

Options:
  --model MODEL     model file (default: models/ner-fr.model of the source tree)
  --input FILE      JSONL with "id" and "text" per line (default: standard input)
  --output FILE     where to write the predictions (default: standard output)
  --byte-offsets    report UTF-8 byte offsets instead of code point offsets
  --pipeline        run the whole extraction stage (tagger, rules, aliases:
                    what `kiosque index` stores) instead of the tagger alone;
                    every mention of every entity is written
  --stats           print load time and tagging speed on standard error
)";

// The mentions the whole extraction stage finds in `text`.
std::vector<entities::Mention> pipeline_mentions(const extraction::EntityExtractor& extractor, const std::string& text) {
  Article article;
  article.language = "fr";
  article.blocks.push_back({BlockKind::kParagraph, text});  // body_text() == text: offsets line up
  extractor.extract(article);
  std::vector<entities::Mention> mentions;
  for (const NamedEntity& entity : article.entities)
    for (auto [start, end] : entity.mentions) mentions.push_back({entity.type, start, end, text.substr(start, end - start)});
  std::sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return mentions;
}

json entity_json(const entities::Mention& mention, const std::vector<std::size_t>& code_points, bool byte_offsets) {
  return {{"type", std::string(entities::entity_type_code(mention.type))},
          {"start", byte_offsets ? mention.start : code_points[mention.start]},
          {"end", byte_offsets ? mention.end : code_points[mention.end]},
          {"surface", mention.surface}};
}

int run(const cli::Arguments& args) {
  const auto load_started = Clock::now();
  const std::string model = args.value("--model").value_or(KIOSQUE_SOURCE_NER_MODEL);
  const entities::Tagger tagger = entities::Tagger::load(model);
  std::optional<extraction::EntityExtractor> extractor;
  if (args.flag("--pipeline")) extractor.emplace(extraction::EntityExtractor::load(model, extraction::default_alias_paths()));
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_started).count();

  std::ifstream input_file;
  std::istream* input = &std::cin;
  const std::string input_name = args.value("--input").value_or("<stdin>");
  if (auto path = args.value("--input")) {
    input_file.open(*path);
    if (!input_file) throw std::runtime_error(*path + ": cannot open input");
    input = &input_file;
  }
  std::ofstream output_file;
  std::ostream* output = &std::cout;
  if (auto path = args.value("--output")) {
    output_file.open(*path);
    if (!output_file) throw std::runtime_error(*path + ": cannot write output");
    output = &output_file;
  }
  const bool byte_offsets = args.flag("--byte-offsets");

  double tag_seconds = 0;
  std::size_t bytes = 0, documents = 0, line_number = 0;
  std::string line;
  while (std::getline(*input, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json document = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded() || !document.is_object() || !document.contains("text") || !document["text"].is_string())
      throw std::runtime_error(input_name + ":" + std::to_string(line_number) + ": expected {\"id\", \"text\"}");
    const std::string text = document["text"].get<std::string>();

    const auto started = Clock::now();
    const std::vector<entities::Mention> mentions = extractor ? pipeline_mentions(*extractor, text) : tagger.tag(text);
    tag_seconds += std::chrono::duration<double>(Clock::now() - started).count();
    bytes += text.size();
    ++documents;

    const std::vector<std::size_t> code_points =
        byte_offsets ? std::vector<std::size_t>{} : entities::code_points_before_bytes(text);
    json found = json::array();
    for (const entities::Mention& mention : mentions) found.push_back(entity_json(mention, code_points, byte_offsets));
    *output << json{{"id", document.value("id", json())}, {"entities", found}}.dump() << '\n';
  }
  output->flush();
  if (!*output) throw std::runtime_error("cannot write the predictions (disk full?)");
  if (args.flag("--stats"))
    std::fprintf(stderr, "model loaded in %.3f s; tagged %zu documents, %.2f MB in %.3f s: %.2f MB/s\n", load_seconds,
                 documents, static_cast<double>(bytes) / 1e6, tag_seconds,
                 tag_seconds > 0 ? static_cast<double>(bytes) / 1e6 / tag_seconds : 0.0);
  return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    cli::Arguments args(std::vector<std::string>(argv + 1, argv + argc), {"--model", "--input", "--output"},
                        {"--byte-offsets", "--stats", "--pipeline"});
    if (args.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    return run(args);
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque-ner: " << e.what() << "\nRun 'kiosque-ner --help' for the options.\n";
    return cli::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "kiosque-ner: " << e.what() << '\n';
    return cli::kExitFatal;
  }
}
