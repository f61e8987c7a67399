// Turns an analysed article into the Xapian document Kiosque stores: its
// terms (schema.h), value slots and stored data (stored_document.h).
//
// Thread-compatible: the indexer runs one DocumentBuilder per analysis thread.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <string>

#include "analysis/analyzer.h"
#include "article.h"

namespace kiosque {

class DocumentBuilder {
 public:
  // Detects the article's language if it has none, then builds the document.
  // `source_root` is the archive root the article was read from (for --prune).
  Xapian::Document build(Article& article, const std::string& source_root);

 private:
  analysis::Analyzer& analyzer_for(const std::string& language);
  // Entity terms (filters) and slots (facet counts).
  static void add_entities(Xapian::Document& doc, const Article& article);
  // Terms of the dates the text mentions (filters) and their years and
  // months (facet counts).
  static void add_mentioned_dates(Xapian::Document& doc, const Article& article);
  void index_text(Xapian::Document& doc, analysis::Analyzer& analyzer, const std::string& text,
                  Xapian::termcount wdf_inc, Xapian::termpos& next_position);

  std::map<std::string, std::unique_ptr<analysis::Analyzer>> analyzers_;
};

// The boolean term that marks a source root; roots longer than a term allows
// are hashed.
std::string source_root_term(const std::string& root);

}  // namespace kiosque
