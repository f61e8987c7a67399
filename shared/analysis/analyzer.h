// The analysis chain, shared by indexing and querying so that a query word and
// the text it should find always become the same terms.
//
//   text -> segment (ICU words) -> language stages (elision, possessive)
//        -> dotted words (O.N.U. -> ONU) -> lower case (NFKC casefold)
//        -> accent folding -> stems
//
// Each word yields:
//   exact  "état"     lower case, accents kept (an exact match can rank higher)
//   word   "etat"     accents folded: the positional term (phrases)
//   stems  "etat"...  the language's Snowball stem of the exact form and of
//                     the folded form, both folded. Stemming the accented form
//                     keeps the stemmer's rules for é/è ("créée" and "créer"
//                     share a stem); stemming the folded form makes text and
//                     queries typed without accents meet ("elysee"/"Élysée").
//
// A document does not repeat a word as its own stem: when the stemmer leaves
// the folded word as it is ("port", "etat"), the word term stands for that
// stem and no Z term is written (index_stems). A query for a stem searches
// the word term too when every language of the index would have stemmed that
// word to one of the query's stems (query/text_query.cc), so matches stay
// the same; 43% of the stem terms of French news were such repeats.
//
// An Analyzer is not thread-safe (it owns an ICU break iterator and a cache):
// use one per thread.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/token.h"
#include "analysis/word_segmenter.h"

namespace kiosque::analysis {

struct Word {
  std::string exact;
  std::string word;
  std::size_t start = 0;  // byte offsets in the analysed text
  std::size_t end = 0;
  unsigned position = 0;  // 0-based within the analysed text
  bool stacked = false;   // shares the position of the previous word
};

// Xapian's stemmer for an ISO 639-1 code, or a no-op stemmer when Xapian has
// none for that language ("und", "zh"...).
Xapian::Stem stemmer_for(const std::string& language);

// The distinct folded stems of a word (one or two), appended to `out`.
void folded_stems(const Xapian::Stem& stemmer, const Word& word, std::vector<std::string>& out);

// Whether `stemmer` leaves the folded word `word` as it is (after folding):
// then its word term stands for its stem term in documents.
bool stems_to_itself(const Xapian::Stem& stemmer, const std::string& word);

class Analyzer {
 public:
  // `language`: ISO 639-1 code of the text; picks the stages and the stemmer.
  explicit Analyzer(std::string language);

  const std::string& language() const { return language_; }

  // The words of `text` (valid UTF-8).
  std::vector<Word> words(std::string_view text);

  // The stems of `word` with this analyzer's stemmer (cached).
  const std::vector<std::string>& stems(const Word& word) { return stem_entry(word).all; }

  // The stems a document writes as stem terms for `word`: stems() less the
  // word itself when it stems to itself (stems_to_itself).
  const std::vector<std::string>& index_stems(const Word& word) { return stem_entry(word).indexed; }

 private:
  using Stage = void (*)(std::vector<Token>&);

  std::string language_;
  std::vector<Stage> stages_;
  WordSegmenter segmenter_;
  Xapian::Stem stemmer_;

  struct Normalised {
    std::string exact, word;
  };
  std::unordered_map<std::string, Normalised> normalised_;  // token text -> forms
  struct Stems {
    std::vector<std::string> all, indexed;
  };
  const Stems& stem_entry(const Word& word);
  std::unordered_map<std::string, Stems> stems_;  // exact -> stems
};

}  // namespace kiosque::analysis
