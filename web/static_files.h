// The page's files (web/assets/), embedded in the binary at build time by
// embed_assets.cmake: `/` serves index.html and `/assets/NAME` the others.
// Only names built in exist, so a path cannot reach outside them
// ("/assets/../x" is just a name that is not there).
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosque::web {

struct EmbeddedFile {
  const char* name;  // relative to web/assets/: "index.html", "app.js"
  const unsigned char* data;
  std::size_t size;
};

// Defined in the generated embedded_assets.cc.
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

// The embedded file named `name`, or nullptr.
const EmbeddedFile* find_embedded_file(std::string_view name);

// The Content-Type for a file name, by its extension ("text/css; charset=utf-8");
// application/octet-stream when unknown.
const char* content_type_for(std::string_view name);

}  // namespace kiosque::web
