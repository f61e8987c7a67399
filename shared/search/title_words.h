// Whether an article's title has a word, read from the word's positions:
// the document builder indexes the title first, from position 1, then
// leaves schema::kParagraphPositionGap positions before the text
// (document_builder.cc), so a word at a position up to that gap is a
// title word. An article without a title of its own (one derived from its
// text) has its opening words there instead, which stand for its title.
//
// A weight for the ranking (search/news_signals.h): it matches every
// article that has the word, and weighs `weight` times the word's inverse
// document frequency where the title has it, 0 elsewhere. Positions are
// read only for the documents Xapian asks the weight of, so it belongs on
// the optional side of a query (OP_AND_MAYBE) over few candidates
// (search/reranked_page.h). Local databases only: a remote shard cannot
// run a posting source of Kiosque's.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "schema.h"
#include "search/term_union.h"

namespace kiosque::search {

// The last position a title word can have.
inline constexpr Xapian::termpos kLastTitlePosition = schema::kParagraphPositionGap;

class TitleWordSource : public TermUnionSource {
 public:
  // `forms`: word terms (unprefixed), any of which counts as the word.
  TitleWordSource(std::vector<std::string> forms, double weight);

  void init(const Xapian::Database& db) override;
  double get_weight() const override;
  Xapian::PostingSource* clone() const override { return new TitleWordSource(forms_, weight_); }
  std::string get_description() const override;

  // Whether the current document has one of the forms in its title.
  bool in_title() const;

 private:
  std::vector<std::string> forms_;
  double weight_, scaled_weight_ = 0;
  Xapian::Database db_;
};

}  // namespace kiosque::search
