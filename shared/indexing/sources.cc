#include "indexing/sources.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace kiosque::indexing {

namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& path, const char* ext) {
  std::string e = path.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
  return e == ext;
}

std::string absolute_string(const fs::path& path) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path).lexically_normal().string() : abs.string();
}

}  // namespace

SourceList list_sources(const std::vector<std::string>& paths) {
  SourceList list;
  for (const std::string& arg : paths) {
    fs::path path(arg);
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      list.problems.push_back({arg, 0, "no such file or folder"});
      continue;
    }
    if (fs::is_directory(status)) {
      std::string root = absolute_string(path);
      list.roots.push_back(root);
      std::vector<SourceFile> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        list.problems.push_back({arg, 0, "cannot read folder: " + ec.message()});
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          list.problems.push_back({it->path().string(), 0, "cannot read: " + ec.message()});
          break;
        }
        std::error_code file_ec;
        if (!it->is_regular_file(file_ec) || !has_extension(it->path(), ".txt")) continue;
        SourceFile file;
        file.path = it->path().string();
        file.root = root;
        file.id = it->path().lexically_relative(path).generic_string();
        file.size = it->file_size(file_ec);
        found.push_back(std::move(file));
      }
      std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
      list.files.insert(list.files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(status)) {
      SourceFile file;
      file.path = arg;
      file.size = fs::file_size(path, ec);
      if (has_extension(path, ".jsonl") || has_extension(path, ".ndjson")) {
        file.format = SourceFile::Format::kJsonLines;
        file.root = absolute_string(path);
      } else {
        // A single article: its id is its file name, its root the folder it is in.
        file.root = absolute_string(path.parent_path().empty() ? fs::path(".") : path.parent_path());
        file.id = path.filename().string();
      }
      // --prune covers folders and JSON Lines files, never the folder around one article.
      if (file.format == SourceFile::Format::kJsonLines) list.roots.push_back(file.root);
      list.files.push_back(std::move(file));
    } else {
      list.problems.push_back({arg, 0, "not a regular file or folder"});
    }
  }
  return list;
}

}  // namespace kiosque::indexing
