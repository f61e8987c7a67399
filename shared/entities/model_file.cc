// The model file format, version kFormatVersion. All numbers little-endian.
//
//   "KIOSQNER"                      8-byte magic
//   u32 format version, u32 feature set version (context_features.h),
//   u32 tag count, u32 gazetteer list count   checked against this build
//   u32 n, n bytes                  description
//   f32                             weight scale
//   f32 x tags                      start transitions
//   f32 x tags x tags               transitions [previous][next]
//   u64 n, n x (u64 key, u16 mask)  gazetteer sequences
//   u64 n, n x (u64 key, i16 x tags) feature weights
//   "END."                          4-byte trailer (catches truncation)
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "entities/context_features.h"
#include "entities/ner_model.h"

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "model_file.cc reads and writes little-endian numbers");

namespace kiosque::entities {

namespace {

constexpr char kMagic[8] = {'K', 'I', 'O', 'S', 'Q', 'N', 'E', 'R'};
constexpr char kTrailer[4] = {'E', 'N', 'D', '.'};
constexpr std::uint32_t kFormatVersion = 1;

class Writer {
 public:
  template <typename T>
  void put(const T& value) {
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  void put_bytes(const void* data, std::size_t size) { bytes_.append(static_cast<const char*>(data), size); }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

class Reader {
 public:
  Reader(const std::string& bytes, const std::string& path) : bytes_(bytes), path_(path) {}

  template <typename T>
  T get() {
    T value;
    get_bytes(&value, sizeof(T));
    return value;
  }
  void get_bytes(void* out, std::size_t size) {
    if (bytes_.size() - pos_ < size) fail("file is truncated");
    std::memcpy(out, bytes_.data() + pos_, size);
    pos_ += size;
  }
  // A count of records of `record_size` bytes that must fit in the rest.
  std::uint64_t get_count(std::size_t record_size) {
    auto count = get<std::uint64_t>();
    if (count > (bytes_.size() - pos_) / record_size) fail("file is truncated");
    return count;
  }
  [[noreturn]] void fail(const std::string& why) const { throw ModelError(path_ + ": " + why); }

 private:
  const std::string& bytes_;
  const std::string& path_;
  std::size_t pos_ = 0;
};

void expect_equal(Reader& reader, std::uint32_t expected, const char* what) {
  auto found = reader.get<std::uint32_t>();
  if (found != expected)
    reader.fail(std::string(what) + " is " + std::to_string(found) + ", this program needs " +
                std::to_string(expected) + "; retrain the model (tests/eval/train_ner)");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path + ": cannot open NER model (" + std::strerror(errno) + ")");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw ModelError(path + ": cannot read NER model");
  return buffer.str();
}

}  // namespace

NerModel load_ner_model(const std::string& path) {
  const std::string bytes = read_file(path);
  Reader reader(bytes, path);
  char magic[sizeof kMagic];
  if (bytes.size() < sizeof kMagic) reader.fail("not a Kiosque NER model (file too short)");
  reader.get_bytes(magic, sizeof magic);
  if (std::memcmp(magic, kMagic, sizeof kMagic) != 0) reader.fail("not a Kiosque NER model (bad magic)");
  expect_equal(reader, kFormatVersion, "model format version");
  expect_equal(reader, kFeatureSetVersion, "feature set version");
  expect_equal(reader, kTagCount, "tag count");
  expect_equal(reader, kGazetteerListCount, "gazetteer list count");

  NerModel model;
  model.description.resize(reader.get<std::uint32_t>());
  reader.get_bytes(model.description.data(), model.description.size());
  model.weight_scale = reader.get<float>();
  reader.get_bytes(model.transitions.start, sizeof model.transitions.start);
  reader.get_bytes(model.transitions.between, sizeof model.transitions.between);

  const std::uint64_t sequences = reader.get_count(sizeof(std::uint64_t) + sizeof(GazetteerMask));
  model.gazetteer.reserve(sequences);
  for (std::uint64_t i = 0; i < sequences; ++i) {
    auto key = reader.get<std::uint64_t>();
    auto mask = reader.get<GazetteerMask>();
    model.gazetteer.insert_sequence(key, mask);
  }

  const std::uint64_t count = reader.get_count(sizeof(std::uint64_t) + sizeof(WeightRow));
  std::vector<FeatureWeights> features(count);
  for (FeatureWeights& feature : features) {
    feature.key = reader.get<std::uint64_t>();
    if (feature.key == 0) reader.fail("corrupt feature table (key 0)");
    reader.get_bytes(feature.weights.data(), sizeof(WeightRow));
  }
  model.weights = WeightTable(features);

  char trailer[sizeof kTrailer];
  reader.get_bytes(trailer, sizeof trailer);
  if (std::memcmp(trailer, kTrailer, sizeof kTrailer) != 0) reader.fail("corrupt file (bad trailer)");
  return model;
}

void save_ner_model(const NerModel& model, const std::string& path) {
  Writer writer;
  writer.put_bytes(kMagic, sizeof kMagic);
  writer.put(kFormatVersion);
  writer.put(kFeatureSetVersion);
  writer.put(static_cast<std::uint32_t>(kTagCount));
  writer.put(static_cast<std::uint32_t>(kGazetteerListCount));
  writer.put(static_cast<std::uint32_t>(model.description.size()));
  writer.put_bytes(model.description.data(), model.description.size());
  writer.put(model.weight_scale);
  writer.put_bytes(model.transitions.start, sizeof model.transitions.start);
  writer.put_bytes(model.transitions.between, sizeof model.transitions.between);

  // Sorted, so that the same model always gives the same bytes.
  std::vector<std::pair<std::uint64_t, GazetteerMask>> sequences;
  model.gazetteer.sequences().for_each(
      [&](std::uint64_t key, GazetteerMask mask) { sequences.emplace_back(key, mask); });
  std::sort(sequences.begin(), sequences.end());
  writer.put(static_cast<std::uint64_t>(sequences.size()));
  for (const auto& [key, mask] : sequences) {
    writer.put(key);
    writer.put(mask);
  }

  std::vector<FeatureWeights> features = model.weights.features();
  std::sort(features.begin(), features.end(),
            [](const FeatureWeights& a, const FeatureWeights& b) { return a.key < b.key; });
  writer.put(static_cast<std::uint64_t>(features.size()));
  for (const FeatureWeights& feature : features) {
    writer.put(feature.key);
    writer.put_bytes(feature.weights.data(), sizeof(WeightRow));
  }
  writer.put_bytes(kTrailer, sizeof kTrailer);

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw ModelError(path + ": cannot write NER model (" + std::strerror(errno) + ")");
  out.write(writer.bytes().data(), static_cast<std::streamsize>(writer.bytes().size()));
  out.close();
  if (!out) throw ModelError(path + ": cannot write NER model (disk full?)");
}

}  // namespace kiosque::entities
