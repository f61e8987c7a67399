#include "entities/ner_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "analysis/stopwords.h"
#include "entities/gazetteer.h"

namespace kiosque::entities {

namespace {

// Words that keep a following "." as part of the token: titles and common
// abbreviations, so that "Mme. Curie" is not cut as a sentence end.
constexpr std::string_view kAbbreviations[] = {
    "M",  "MM",  "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "Me", "Pr", "St", "Ste", "Cie", "Vve", "Jr",  "Sr",
    "Mr", "Mrs", "Gal", "Col",  "Cdt",  "Lt",    "etc", "cf", "av", "bd", "No", "no",  "art", "ch",  "vol", "Messrs",
};

// Lower-case words that a hyphen does not join to a capitalised word before
// them when they end the token: "Moscovici-qui" is an OCR'd dash ("Moscovici
// — qui"), while "Aix-en-Provence" (more hyphens follow) stays whole.
constexpr std::string_view kDetachedWords[] = {"qui", "que", "le",  "la", "les", "de",   "du", "des", "et",
                                               "a",   "au",  "aux", "en", "il",  "elle", "on", "ou",  "ce"};

enum class CharClass { kSpace, kLetter, kDigit, kHyphen, kApostrophe, kOther };

struct CodePoint {
  UChar32 value = 0;
  std::size_t end = 0;  // byte offset just after it
  CharClass cls = CharClass::kOther;
};

CharClass classify(UChar32 c) {
  if (c < 0) return CharClass::kOther;  // invalid UTF-8
  if (c < 0x80) {
    if (c <= ' ' || c == 0x7F) return CharClass::kSpace;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if (c == '-') return CharClass::kHyphen;
    if (c == '\'') return CharClass::kApostrophe;
    return CharClass::kOther;
  }
  if (c == 0x2019 || c == 0x02BC) return CharClass::kApostrophe;
  if (c == 0x2010 || c == 0x2011 || c == 0x00AD) return CharClass::kHyphen;
  if (u_isUWhiteSpace(c) || u_iscntrl(c) || c == 0xFEFF) return CharClass::kSpace;
  if (u_isdigit(c)) return CharClass::kDigit;
  int8_t category = u_charType(c);
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || category == U_NON_SPACING_MARK ||
      category == U_COMBINING_SPACING_MARK || category == U_ENCLOSING_MARK)
    return CharClass::kLetter;
  return CharClass::kOther;
}

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  // The code point starting at byte `pos`; `pos` must be < size().
  CodePoint at(std::size_t pos) const {
    CodePoint cp;
    int32_t i = static_cast<int32_t>(pos);
    U8_NEXT(reinterpret_cast<const uint8_t*>(text_.data()), i, static_cast<int32_t>(text_.size()), cp.value);
    cp.end = static_cast<std::size_t>(i);
    cp.cls = classify(cp.value);
    return cp;
  }
  std::size_t size() const { return text_.size(); }
  bool has(std::size_t pos) const { return pos < text_.size(); }

  // End of the run of letters and digits starting at `pos`.
  std::size_t word_run_end(std::size_t pos, CharClass* last) const {
    while (has(pos)) {
      CodePoint cp = at(pos);
      if (cp.cls != CharClass::kLetter && cp.cls != CharClass::kDigit) break;
      *last = cp.cls;
      pos = cp.end;
    }
    return pos;
  }

 private:
  std::string_view text_;
};

bool is_word_char(CharClass cls) { return cls == CharClass::kLetter || cls == CharClass::kDigit; }

bool is_abbreviation(std::string_view word) {
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
}

// Words elided before an apostrophe in French, any case.
bool is_elision(std::string_view word) {
  static const char* const kElisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
                                          "quoiqu", "presqu", "quelqu"};
  std::string lower(word);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return std::find_if(std::begin(kElisions), std::end(kElisions), [&](const char* e) { return lower == e; }) !=
         std::end(kElisions);
}

// "'s" closing a word ("Obama's"): the apostrophe is not an elision.
bool is_english_possessive(const Reader& reader, const CodePoint& after_apostrophe) {
  if (after_apostrophe.value != 's') return false;
  return !reader.has(after_apostrophe.end) || reader.at(after_apostrophe.end).cls != CharClass::kLetter;
}

// Whether the hyphenated piece text[piece_start, piece_end) should be cut
// off the capitalised word starting at `start` (see kDetachedWords).
bool is_detached_piece(std::string_view text, const Reader& reader, std::size_t start, std::size_t piece_start,
                       std::size_t piece_end) {
  const UChar32 first = reader.at(start).value;
  if (!(u_isupper(first) || u_istitle(first))) return false;
  if (reader.has(piece_end) && reader.at(piece_end).cls == CharClass::kHyphen) return false;
  const std::string_view piece = text.substr(piece_start, piece_end - piece_start);
  return std::find(std::begin(kDetachedWords), std::end(kDetachedWords), piece) != std::end(kDetachedWords);
}

// Extends a single-letter-plus-dot token over following "X." pairs (O.N.U.).
std::size_t extend_acronym(const Reader& reader, std::size_t pos) {
  while (reader.has(pos)) {
    CodePoint letter = reader.at(pos);
    if (letter.cls != CharClass::kLetter || !reader.has(letter.end)) break;
    CodePoint dot = reader.at(letter.end);
    if (dot.value != '.') break;
    pos = dot.end;
  }
  return pos;
}

// The end of the word or number token starting at `start`.
std::size_t word_end(std::string_view text, const Reader& reader, std::size_t start) {
  CharClass last = CharClass::kOther;
  std::size_t pos = reader.word_run_end(start, &last);
  while (reader.has(pos)) {
    CodePoint next = reader.at(pos);
    CodePoint after = reader.has(next.end) ? reader.at(next.end) : CodePoint{};
    if (next.cls == CharClass::kHyphen && is_word_char(after.cls)) {
      CharClass piece_last = last;
      const std::size_t piece_end = reader.word_run_end(next.end, &piece_last);
      if (is_detached_piece(text, reader, start, next.end, piece_end)) break;
      pos = piece_end;
      last = piece_last;
      continue;
    }
    if (next.cls == CharClass::kApostrophe) {
      if (after.cls != CharClass::kLetter || is_english_possessive(reader, after)) break;
      // A French elision ends the token after its apostrophe ("l'", "qu'");
      // any other apostrophe is inside a name or word ("O'Brien", "aujourd'hui").
      if (is_elision(text.substr(start, pos - start))) {
        pos = next.end;
        break;
      }
      pos = reader.word_run_end(next.end, &last);
      continue;
    }
    if ((next.value == ',' || next.value == '.') && last == CharClass::kDigit && after.cls == CharClass::kDigit) {
      pos = reader.word_run_end(next.end, &last);
      continue;
    }
    if (next.value == '.') {
      std::string_view word = text.substr(start, pos - start);
      bool single_letter = reader.at(start).end == pos && last == CharClass::kLetter;
      if (single_letter) return extend_acronym(reader, next.end);
      if (is_abbreviation(word)) return next.end;
    }
    break;
  }
  return pos;
}

// u_isupper() and u_islower(), answered without ICU for ASCII: asked of
// every letter of every word below.
bool is_upper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c); }
bool is_lower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }

// Where a word glued to the next sentence by scraping starts its second
// part (paragraphs joined without a space): "PhilippeCette", "HOLLANDEIl",
// "mobilisentEddy" -> the offset of "Cette", "Il", "Eddy"; 0 if the word is
// whole. Camel-case names stay whole ("PlayStation", "McDonald", "iPhone",
// "DiCaprio"): the second part must be a French function word, unless the
// first is a lower-case word of three letters or more.
std::size_t glued_sentence_start(std::string_view text, const Reader& reader, std::size_t start, std::size_t end) {
  std::size_t letters = 0;
  bool lower_case_start = false;
  UChar32 previous = 0;
  for (std::size_t pos = start; pos < end;) {
    CodePoint cp = reader.at(pos);
    if (cp.cls != CharClass::kLetter) return 0;  // stop at a hyphen, digit or apostrophe
    if (letters == 0) lower_case_start = is_lower(cp.value);
    if (letters >= 2 && is_upper(cp.value) && (is_lower(previous) || is_upper(previous)) && cp.end < end) {
      CodePoint next = reader.at(cp.end);
      if (is_lower(next.value)) {
        std::size_t part_end = cp.end;
        while (part_end < end && reader.at(part_end).cls == CharClass::kLetter) part_end = reader.at(part_end).end;
        if (part_end != end) return 0;
        if (lower_case_start && letters >= 3) return pos;
        if (analysis::is_stopword("fr", fold_for_gazetteer(text.substr(pos, part_end - pos)))) return pos;
      }
      if (lower_case_start) return 0;  // "eBay", "iPhone": one capital inside
    }
    previous = cp.value;
    ++letters;
    pos = cp.end;
  }
  return 0;
}

}  // namespace

std::vector<NerToken> tokenize_for_ner(std::string_view text) {
  std::vector<NerToken> tokens;
  tokens.reserve(text.size() / 5 + 1);
  Reader reader(text);
  std::size_t pos = 0;
  while (reader.has(pos)) {
    CodePoint cp = reader.at(pos);
    if (cp.cls == CharClass::kSpace) {
      pos = cp.end;
      continue;
    }
    NerToken token;
    token.start = pos;
    if (is_word_char(cp.cls)) {
      token.end = word_end(text, reader, pos);
      token.kind = cp.cls == CharClass::kDigit ? TokenKind::kNumber : TokenKind::kWord;
      if (std::size_t glue = token.kind == TokenKind::kWord ? glued_sentence_start(text, reader, pos, token.end) : 0) {
        // Two tokens with an empty sentence end between them: no entity runs
        // across, and the second part starts a sentence.
        token.end = glue;
        tokens.push_back(token);
        tokens.push_back({glue, glue, TokenKind::kPunctuation});
        pos = glue;
        continue;
      }
    } else {
      std::size_t end = cp.end;
      // Invalid bytes are never merged into a run.
      while (cp.value >= 0 && reader.has(end)) {
        CodePoint same = reader.at(end);
        if (same.value != cp.value) break;
        end = same.end;
      }
      token.end = end;
      token.kind = TokenKind::kPunctuation;
    }
    tokens.push_back(token);
    pos = token.end;
  }
  return tokens;
}

bool ends_sentence(std::string_view token_text) {
  if (token_text.empty()) return true;  // the empty token between glued sentences
  static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
  std::size_t i = 0;
  while (i < token_text.size()) {
    char c = token_text[i];
    if (c == '.' || c == '!' || c == '?') {
      ++i;
    } else if (token_text.compare(i, kEllipsis.size(), kEllipsis) == 0) {
      i += kEllipsis.size();
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace kiosque::entities
