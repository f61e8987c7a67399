#include "static_files.h"

namespace kiosque::web {

namespace {

struct ContentType {
  std::string_view extension;
  const char* type;
};

constexpr ContentType kContentTypes[] = {
    {".html", "text/html; charset=utf-8"},   {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
    {".json", "application/json"},           {".map", "application/json"},
    {".webmanifest", "application/manifest+json"}, {".svg", "image/svg+xml"},
    {".png", "image/png"},                   {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},                 {".gif", "image/gif"},
    {".webp", "image/webp"},                 {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},                {".woff", "font/woff"},
    {".txt", "text/plain; charset=utf-8"},   {".md", "text/plain; charset=utf-8"},
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

const EmbeddedFile* find_embedded_file(std::string_view name) {
  if (name.empty()) return nullptr;
  for (std::size_t i = 0; i < kEmbeddedFileCount; ++i)
    if (name == kEmbeddedFiles[i].name) return &kEmbeddedFiles[i];
  return nullptr;
}

const char* content_type_for(std::string_view name) {
  for (const ContentType& c : kContentTypes)
    if (ends_with(name, c.extension)) return c.type;
  return "application/octet-stream";
}

}  // namespace kiosque::web
