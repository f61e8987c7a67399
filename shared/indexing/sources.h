// The inputs of `kiosque index`: PATH arguments expanded into the files to
// read. A folder is walked recursively for .txt articles (sorted, so runs
// are repeatable); a .jsonl file, named on the command line, is read line by
// line (a folder's .jsonl files are not read: they may be anything).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "archive/input_error.h"

namespace kiosque::indexing {

struct SourceFile {
  enum class Format { kText, kJsonLines };
  Format format = Format::kText;
  std::string path;  // as given or found, for reading and messages
  std::string root;  // absolute archive root: the folder given, or the .jsonl file
  std::string id;    // path relative to the folder given (a .txt file's article id)
  std::uintmax_t size = 0;
};

struct SourceList {
  std::vector<SourceFile> files;
  std::vector<std::string> roots;      // absolute: the folders and .jsonl files --prune covers
  std::vector<archive::Diagnostic> problems;    // PATHs that do not exist or cannot be read
};

SourceList list_sources(const std::vector<std::string>& paths);

}  // namespace kiosque::indexing
