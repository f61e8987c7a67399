// The stub file of a sharded index, DIR/XAPIANDB, in Xapian's own stub
// format, so that Xapian's tools (xapian-delve, xapian-check...) open the
// index too. One database a line; relative paths start from the stub's folder:
//
//   glass shard-0                 a shard on this machine ("auto PATH" also works)
//   remote 10.0.0.7:33333         a shard served by xapian-tcpsrv on another machine
//   #kiosque-count 10.0.0.7:33334 the count server of the remote shard above
//   # a comment
//
// `kiosque index --shards N` writes "glass shard-I" lines; a deployment
// over several machines writes the remote lines by hand (README).
//
// A remote shard's count server (`kiosque shard-serve`, shards/count_service.h)
// counts facets where the shard is; it is named on a line of its own, which
// Xapian reads as a comment: Xapian's parser takes the last ':' of a remote
// line for the port, so an extra field there would break its tools.
#pragma once

#include <string>
#include <vector>

namespace kiosque::shards {

inline constexpr const char* kStubFileName = "XAPIANDB";

struct StubEntry {
  enum class Kind { kLocal, kRemote } kind = Kind::kLocal;
  std::string path;  // kLocal: the shard's folder, resolved against the stub's folder
  std::string host;  // kRemote
  unsigned port = 0;
  std::string count_host;  // kRemote: its count server, when the stub names one
  unsigned count_port = 0;  // 0: none
  std::size_t line = 0;  // 1-based, in the stub file
  std::string text;      // the line as written, for messages
};

// The stub file `path` names: path/XAPIANDB when path is a folder holding
// one, path itself when it is a plain file; empty for anything else (a
// single Xapian database).
std::string stub_file_of(const std::string& path);

// The databases `file` lists, in order. Throws Xapian::DatabaseOpeningError
// naming the file and line of anything it cannot read.
std::vector<StubEntry> read_stub(const std::string& file);

// The folder of shard `index` inside a sharded index: "shard-3".
std::string shard_folder_name(unsigned index);

// The stub `kiosque index --shards count` writes.
std::string local_stub_text(unsigned count);

}  // namespace kiosque::shards
