#include "shards/stub_file.h"

#include <xapian.h>

#include <filesystem>
#include <fstream>

namespace kiosque::shards {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& file, std::size_t line, const std::string& message) {
  throw Xapian::DatabaseOpeningError(file + ":" + std::to_string(line) + ": " + message);
}

inline constexpr const char* kCountDirective = "#kiosque-count ";

// "HOST:PORT" or "[IPV6]:PORT".
bool parse_host_port(const std::string& text, std::string& host_out, unsigned& port_out) {
  std::string::size_type colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return false;
  std::string host = text.substr(0, colon), port = text.substr(colon + 1);
  if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty() || port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5) return false;
  unsigned number = static_cast<unsigned>(std::stoul(port));
  if (number == 0 || number > 65535) return false;
  host_out = host;
  port_out = number;
  return true;
}

}  // namespace

std::string stub_file_of(const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    std::string file = (fs::path(path) / kStubFileName).string();
    return fs::is_regular_file(file, error) ? file : "";
  }
  return fs::is_regular_file(path, error) ? path : "";
}

std::vector<StubEntry> read_stub(const std::string& file) {
  std::ifstream in(file);
  if (!in) throw Xapian::DatabaseOpeningError("cannot read the stub file '" + file + "'");
  const fs::path folder = fs::path(file).parent_path();
  std::vector<StubEntry> entries;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind(kCountDirective, 0) == 0) {
      const std::string address = line.substr(std::string(kCountDirective).size());
      if (entries.empty() || entries.back().kind != StubEntry::Kind::kRemote || entries.back().count_port)
        fail(file, number, "'" + line + "' must follow the 'remote HOST:PORT' line of the shard it counts for");
      if (!parse_host_port(address, entries.back().count_host, entries.back().count_port))
        fail(file, number, "expected '#kiosque-count HOST:PORT', got '" + line + "'");
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    StubEntry entry;
    entry.line = number;
    entry.text = line;
    std::string::size_type space = line.find(' ');
    std::string type = line.substr(0, space);
    std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    if ((type == "glass" || type == "auto") && !rest.empty()) {
      entry.kind = StubEntry::Kind::kLocal;
      entry.path = fs::path(rest).is_absolute() ? rest : (folder / rest).string();
    } else if (type == "remote" && parse_host_port(rest, entry.host, entry.port)) {
      entry.kind = StubEntry::Kind::kRemote;
    } else {
      fail(file, number, "expected 'glass PATH', 'auto PATH' or 'remote HOST:PORT', got '" + line + "'");
    }
    entries.push_back(std::move(entry));
  }
  if (entries.empty()) fail(file, 1, "the stub lists no database: add one line per shard ('glass shard-0')");
  return entries;
}

std::string shard_folder_name(unsigned index) { return "shard-" + std::to_string(index); }

std::string local_stub_text(unsigned count) {
  std::string text;
  for (unsigned i = 0; i < count; ++i) text += "glass " + shard_folder_name(i) + "\n";
  return text;
}

}  // namespace kiosque::shards
