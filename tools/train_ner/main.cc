// kiosque-train-ner: trains the named-entity tagger's model from annotated
// JSONL files and writes the model file. tests/eval/train_ner runs it with
// the settings of the shipped model.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "command_line/arguments.h"
#include "command_line/exit_codes.h"
#include "doubtful_outside.h"
#include "entities/tagger.h"
#include "gazetteer_files.h"
#include "icu_places.h"
#include "mention_swap.h"
#include "perceptron.h"
#include "span_scores.h"
#include "training_corpus.h"

namespace {

using namespace kiosque;

constexpr const char* kHelp =
    R"(Usage: kiosque-train-ner --train FILE[,FILE...] --gazetteers DIR --output MODEL [options]
       kiosque-train-ner --write-icu-places FILE

Trains the entity tagger (averaged perceptron) on annotated JSONL files
({"text", "entities": [{"type", "start", "end"}]}, code point offsets).

Options:
  --train FILES         comma-separated training files
  --train-complete FILES
                        comma-separated training files annotated in full (every
                        name tagged, written for training): trained on like --train,
                        but their O tags are never treated as doubtful
  --gazetteers DIR      folder of <list>.<source>.txt word lists
  --output MODEL        model file to write
  --epochs N            passes over the data (default 10)
  --seed N              shuffling seed (default 1)
  --min-count N         keep features seen at least N times (default 2)
  --prune-below X       drop features whose averaged weights are all below X (default 0)
  --swap-copies N       add N copies of each training document with names
                        replaced from the gazetteers (default 0)
  --doubtful-ratio R    treat capitalised O tokens whose word is tagged in >= R of
                        its occurrences as unknown (default 0: off)
  --dev FILE            print entity scores on this annotated file after each epoch
  --write-icu-places F  write ICU's French place names, one a line, and exit
)";

std::vector<std::string> split_commas(const std::string& list) {
  std::vector<std::string> items;
  std::stringstream stream(list);
  std::string item;
  while (std::getline(stream, item, ','))
    if (!item.empty()) items.push_back(item);
  return items;
}

std::string base_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

void write_icu_places(const std::string& path) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error(path + ": cannot write");
  out << "# French names of countries, world regions and time-zone cities from ICU "
      << "(Unicode CLDR data, Unicode licence), written by kiosque-train-ner --write-icu-places\n";
  for (const std::string& name : train_ner::icu_french_place_names()) out << name << '\n';
}

void print_scores(int epoch, const train_ner::SpanScores& scores) {
  std::printf("  epoch %d dev: strict F1 %.3f  fuzzy F1 %.3f (PER %.3f LOC %.3f ORG %.3f)\n", epoch, scores.strict.f1(),
              scores.fuzzy_all.f1(), scores.fuzzy[0].f1(), scores.fuzzy[1].f1(), scores.fuzzy[2].f1());
}

train_ner::SpanScores score_on(const entities::NerModel& model, const std::vector<train_ner::AnnotatedDocument>& docs) {
  entities::Tagger tagger(model);
  train_ner::SpanScores scores;
  for (const auto& doc : docs) train_ner::add_span_scores(doc.spans, tagger.tag(doc.text), scores);
  return scores;
}

int run(const cli::Arguments& args) {
  if (auto path = args.value("--write-icu-places")) {
    write_icu_places(*path);
    return cli::kExitOk;
  }
  train_ner::PerceptronOptions options;
  options.epochs = static_cast<int>(args.number("--epochs", 10, 1, 1000));
  options.seed = static_cast<std::uint64_t>(args.number("--seed", 1, 0, 1L << 40));
  options.min_feature_count = static_cast<int>(args.number("--min-count", 2, 1, 1000000));
  options.prune_below = std::stof(args.value("--prune-below").value_or("0"));
  const std::string output = args.required("--output");

  entities::Gazetteer gazetteer;
  const auto gazetteer_files = train_ner::load_gazetteer_folder(args.required("--gazetteers"), gazetteer);
  for (const auto& file : gazetteer_files)
    std::printf("gazetteer %-40s %7zu entries (%s)\n", base_name(file.path).c_str(), file.entries.size(),
                std::string(entities::gazetteer_list_name(file.list)).c_str());

  std::vector<train_ner::AnnotatedDocument> docs;
  std::string sources;
  std::vector<std::pair<std::string, bool>> train_files;  // path, complete
  for (const std::string& path : split_commas(args.required("--train"))) train_files.emplace_back(path, false);
  for (const std::string& path : split_commas(args.value("--train-complete").value_or("")))
    train_files.emplace_back(path, true);
  for (const auto& [path, complete] : train_files) {
    train_ner::GoldStats stats;
    auto file_docs = train_ner::read_annotated_jsonl(path, stats);
    std::printf(
        "train %s: %zu documents, %zu entities (%zu dropped, %zu edges inside a token, %zu person titles cut)%s\n",
        base_name(path).c_str(), file_docs.size(), stats.spans, stats.spans_without_tokens, stats.boundary_mismatches,
        stats.person_prefixes_dropped, complete ? ", complete" : "");
    for (auto& doc : file_docs) {
      doc.complete = complete;
      docs.push_back(std::move(doc));
    }
    sources += (sources.empty() ? "" : "+") + base_name(path);
  }
  const long swap_copies = args.number("--swap-copies", 0, 0, 10);
  if (swap_copies > 0) {
    const train_ner::SwapNames names = train_ner::swap_names_from(gazetteer_files);
    std::mt19937_64 random(options.seed);
    train_ner::GoldStats stats;
    const std::size_t originals = docs.size();
    for (long copy = 0; copy < swap_copies; ++copy)
      for (std::size_t i = 0; i < originals; ++i)
        docs.push_back(train_ner::swap_mentions(docs[i], names, random, stats));
    std::printf(
        "%zu documents with swapped names added (from %zu first names, %zu surnames, %zu places, %zu acronyms)\n",
        docs.size() - originals, names.first_names.size(), names.surnames.size(), names.places.size(),
        names.acronyms.size());
  }
  const double doubtful_ratio = std::stod(args.value("--doubtful-ratio").value_or("0"));
  if (doubtful_ratio > 0)
    std::printf("%zu doubtful O tokens treated as unknown\n", train_ner::mark_doubtful_outside(docs, doubtful_ratio));
  std::vector<train_ner::AnnotatedDocument> dev;
  if (auto path = args.value("--dev")) {
    train_ner::GoldStats stats;
    dev = train_ner::read_annotated_jsonl(*path, stats);
  }

  const auto started = std::chrono::steady_clock::now();
  train_ner::PerceptronTrainer trainer(docs, gazetteer, options);
  std::printf("%zu features (seen >= %d times), %zu segments\n", trainer.feature_count(), options.min_feature_count,
              trainer.segment_count());
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::size_t wrong = trainer.run_epoch(epoch);
    std::printf("epoch %d: %zu segments updated\n", epoch, wrong);
    if (!dev.empty()) print_scores(epoch, score_on(trainer.averaged_model(), dev));
    std::fflush(stdout);
  }
  entities::NerModel model = trainer.averaged_model();
  std::ostringstream description;
  description << "trained on " << sources << "; epochs " << options.epochs << ", seed " << options.seed
              << ", min count " << options.min_feature_count << ", prune below " << options.prune_below
              << ", doubtful ratio " << doubtful_ratio << ", swap copies " << swap_copies << "; "
              << model.weights.size() << " features, " << gazetteer.size() << " gazetteer sequences";
  model.description = description.str();
  entities::save_ner_model(model, output);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("wrote %s: %s (%.1f s)\n", output.c_str(), model.description.c_str(), seconds);
  return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    cli::Arguments args(std::vector<std::string>(argv + 1, argv + argc),
                        {"--train", "--train-complete", "--gazetteers", "--output", "--epochs", "--seed", "--min-count",
                         "--prune-below", "--dev", "--write-icu-places", "--doubtful-ratio", "--swap-copies"},
                        {});
    if (args.flag("--help")) {
      std::cout << kHelp;
      return cli::kExitOk;
    }
    return run(args);
  } catch (const cli::UsageError& e) {
    std::cerr << "kiosque-train-ner: " << e.what() << "\nRun 'kiosque-train-ner --help' for the options.\n";
    return cli::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "kiosque-train-ner: " << e.what() << '\n';
    return cli::kExitFatal;
  }
}
