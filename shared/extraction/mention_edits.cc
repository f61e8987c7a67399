#include "extraction/mention_edits.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <unordered_set>

#include "entities/ner_tokenizer.h"
#include "extraction/person_names.h"
#include "names/name_key.h"

namespace kiosque::extraction {

// Trims what a name never starts or ends with: spaces, quotes, punctuation.
void trim_edges(std::string_view text, std::size_t& start, std::size_t& end) {
  auto edge = [](UChar32 c) { return u_isspace(c) || u_ispunct(c) || c == '<' || c == '>'; };
  while (start < end) {
    int32_t i = static_cast<int32_t>(start);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
    if (c >= 0 && !edge(c)) break;
    start = static_cast<std::size_t>(i);
  }
  while (end > start) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(text.data(), static_cast<int32_t>(start), i, c);
    // Keep a final abbreviation dot of an acronym? Names do not end in one.
    if (c >= 0 && !edge(c)) break;
    end = static_cast<std::size_t>(i);
  }
}

std::size_t end_without_doubled_word(std::string_view text, std::size_t start, std::size_t end) {
  std::string_view span = text.substr(start, end - start);
  std::size_t last_space = span.rfind(' ');
  if (last_space == std::string_view::npos) return end;
  std::string_view last = span.substr(last_space + 1);
  std::size_t previous_space = span.rfind(' ', last_space - 1);
  std::size_t previous_start = previous_space == std::string_view::npos ? 0 : previous_space + 1;
  if (previous_start >= last_space) return end;
  std::string_view previous = span.substr(previous_start, last_space - previous_start);
  return !last.empty() && names::name_key(previous) == names::name_key(last) ? start + last_space : end;
}

std::size_t start_with_particle(std::string_view text, std::size_t start) {
  // "... <title> de <Name>": the particle is three bytes back ("de ").
  constexpr std::string_view kParticles[] = {"de ", "d'", "d\xE2\x80\x99"};  // d’
  for (std::string_view particle : kParticles) {
    if (start < particle.size() + 2 || text.substr(start - particle.size(), particle.size()) != particle) continue;
    std::size_t particle_start = start - particle.size();
    if (text[particle_start - 1] != ' ') continue;
    std::size_t word_end = particle_start - 1;
    std::size_t word_start = text.find_last_of(" \n", word_end - 1);
    word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
    // Honorifics, ranks and nobility ("M. de Villepin", "le général de
    // Gaulle"), not functions: "un ministre de Sarkozy" is his minister.
    static const std::unordered_set<std::string> kHonorifics = {
        "m", "mme", "mlle", "mgr", "me", "dr", "general", "marechal", "amiral", "colonel", "capitaine",
        "commandant", "lieutenant", "comte", "comtesse", "duc", "duchesse", "baron", "baronne", "marquis",
        "marquise", "vicomte", "prince", "princesse", "abbe", "pere", "soeur", "cardinal", "saint", "sainte"};
    if (word_start < word_end && kHonorifics.count(names::name_key(text.substr(word_start, word_end - word_start))))
      return particle_start;
  }
  return start;
}

namespace {

// The particles of names (person_names.h), and a few that only stand
// inside a name, never join two mentions of it.
bool is_particle(std::string_view word) {
  if (is_name_particle(word)) return true;
  for (std::string_view p : {"zu", "ter", "ten", "vom", "d'", "d\xE2\x80\x99", "e"})
    if (word == p) return true;
  // "al-Assad", "el-Sissi", "d'Estaing": a particle joined to the name.
  for (std::string_view joined : {"al-", "el-", "ad-", "ar-", "as-", "d'", "d\xE2\x80\x99"})
    if (word.substr(0, joined.size()) == joined && word.size() > joined.size()) return true;
  return false;
}

}  // namespace

std::size_t end_before_lower_case_word(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t last_end = start;  // end of the last capitalised word so far
  for (std::size_t pos = start; pos < end;) {
    std::size_t stop = std::min(text.find(' ', pos), end);
    std::string_view word = text.substr(pos, stop - pos);
    if (!word.empty()) {
      unsigned char c = static_cast<unsigned char>(word[0]);
      bool lower = c >= 'a' && c <= 'z';
      if (lower && !is_particle(word)) return last_end;
      if (!lower) last_end = stop;
    }
    pos = stop + 1;
  }
  return end;
}

std::size_t start_after_possessive(std::string_view text, std::size_t start, std::size_t end) {
  for (std::string_view mark : {"'s ", "\xE2\x80\x99s "}) {
    std::size_t at = text.substr(start, end - start).find(mark);
    if (at != std::string_view::npos && start + at + mark.size() < end) return start + at + mark.size();
  }
  return start;
}

bool is_code(std::string_view word) {
  bool letter = false, digit = false;
  for (char c : word) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
      letter = true;
    else if (c != '-')
      return false;
  }
  return letter && digit;
}

bool is_quoted_title(std::string_view text, std::size_t start, std::size_t end) {
  // The nearest opening quotation mark before, on the same line, and its
  // closing mark after.
  constexpr std::size_t kReach = 80;
  struct Quotes {
    std::string_view open, close;
  };
  const Quotes kQuotes[] = {{"\"", "\""}, {"\xC2\xAB", "\xC2\xBB"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}};  // " « » “ ”
  for (const Quotes& q : kQuotes) {
    // Searched within reach only: a whole-text search for every mention
    // made long articles quadratic.
    const std::size_t from = start > kReach ? start - kReach : 0;
    std::size_t open = text.substr(from, start - from).rfind(q.open);
    if (open == std::string_view::npos) continue;
    open += from;
    std::size_t close = text.substr(end, kReach + q.close.size()).find(q.close);
    if (close == std::string_view::npos) continue;
    close += end;
    std::string_view inside = text.substr(open + q.open.size(), close - open - q.open.size());
    if (inside.find_first_of("\n.,;:!?\"") != std::string_view::npos) continue;
    // A title: a few words, each capitalised or a function word ("Game of
    // Thrones", "Nouvelle Star"); quoted speech has other words ("Macron
    // nous a trahis").
    static const char* const kLinks[] = {"of", "the", "and", "de", "du", "des", "la", "le", "les", "et", "a",
                                         "\xC3\xA0", "in", "on", "der", "die", "das", "und", "von"};
    std::size_t words = 0;
    bool title = true;
    for (std::size_t pos = 0; pos < inside.size() && title;) {
      while (pos < inside.size() && (inside[pos] == ' ' || inside[pos] == '\xC2' || inside[pos] == '\xA0')) ++pos;
      if (pos >= inside.size()) break;
      std::size_t stop = std::min(inside.find(' ', pos), inside.size());
      std::string_view word = inside.substr(pos, stop - pos);
      unsigned char c = static_cast<unsigned char>(word[0]);
      bool capital = (c >= 'A' && c <= 'Z') || c == 0xC3 || (c >= '0' && c <= '9');
      title = capital || std::any_of(std::begin(kLinks), std::end(kLinks), [&](const char* l) { return word == l; });
      ++words;
      pos = stop;
    }
    return title && words >= 1 && words <= 6;
  }
  return false;
}

bool opens_sentence(std::string_view text, const std::vector<entities::NerToken>& tokens, std::size_t i) {
  if (i >= tokens.size()) return false;
  if (i == 0) return true;
  if (entities::ends_sentence(tokens[i - 1].in(text))) return true;
  std::string_view gap = text.substr(tokens[i - 1].end, tokens[i].start - tokens[i - 1].end);
  if (gap.find('\n') != std::string_view::npos) return true;
  // An opening quote or dash after a sentence end: « Seul…
  std::string_view previous = tokens[i - 1].in(text);
  bool opener = previous == "\"" || previous == "\xC2\xAB" || previous == "-" || previous == "\xE2\x80\x94" ||
                previous == "\xE2\x80\x9C";
  return opener && (i < 2 || entities::ends_sentence(tokens[i - 2].in(text)) ||
                    text.substr(tokens[i - 2].end, tokens[i - 1].start - tokens[i - 2].end).find('\n') !=
                        std::string_view::npos);
}

}  // namespace kiosque::extraction
