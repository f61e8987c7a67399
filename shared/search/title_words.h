// The articles whose title has a word, read from the word's positions: the
// document builder indexes the title first, from position 1, then leaves
// schema::kParagraphPositionGap positions before the text
// (document_builder.cc), so a word at a position up to that gap is a
// title word. An article without a title of its own (one derived from its
// text) has its opening words there instead, which stand for its title.
//
// A filter for the ranking (search/news_signals.h): it weighs nothing, and
// reads one position list per document it is asked about, so it belongs on
// the optional side of a query (OP_AND_MAYBE), where Xapian only asks about
// the documents the query matches. Local databases only: a remote shard
// cannot run a posting source of Kiosque's.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "schema.h"
#include "search/term_union.h"

namespace kiosque {

// The last position a title word can have.
inline constexpr Xapian::termpos kLastTitlePosition = schema::kParagraphPositionGap;

class TitleWordSource : public Xapian::PostingSource {
 public:
  // `forms`: word terms (unprefixed), any of which counts as the word.
  explicit TitleWordSource(std::vector<std::string> forms);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return terms_.termfreq() / 4; }
  Xapian::doccount get_termfreq_max() const override { return terms_.termfreq(); }
  Xapian::docid get_docid() const override { return terms_.docid(); }
  bool at_end() const override { return terms_.at_end(); }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  // Reads `did`'s positions only; false (not in its title) leaves the
  // source before the next document.
  bool check(Xapian::docid did, double min_wt) override;
  Xapian::PostingSource* clone() const override { return new TitleWordSource(forms_); }
  std::string get_description() const override;

 private:
  bool in_title(Xapian::docid did) const;
  // From the union's document on, to the first with a form in its title.
  void to_title_word();

  std::vector<std::string> forms_;
  Xapian::Database db_;
  TermUnion terms_;
  bool unchecked_ = false;  // the union's document is not known to qualify
};

}  // namespace kiosque
