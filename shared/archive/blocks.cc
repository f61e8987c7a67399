#include "archive/blocks.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "archive/markup.h"

namespace kiosque::archive {

namespace {

constexpr std::size_t kMaxHeadingChars = 80;
constexpr std::size_t kMaxHeadingWords = 12;
constexpr std::size_t kMaxCreditBytes = 160;

// Label of the full-screen button scrapers copy into captions.
constexpr std::string_view kFullScreenLabel = "Ouvrir en mode plein écran";

// Words that introduce a photo credit, followed by ':'.
const std::string_view kCreditLabels[] = {"Photo", "Photos", "Crédit photo", "Crédits photo", "Crédit",
                                          "Credit", "Photo credit", "Foto", "Fotos", "Фото"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Collapses runs of white space (including U+00A0 and U+202F, which French
// typography puts before ':' and '»') into one ASCII space.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t width = 1;
    bool space = is_space(s[i]);
    // Lead byte first: this runs on every byte of every article.
    const unsigned char lead = static_cast<unsigned char>(s[i]);
    if (!space && lead == 0xC2 && s.compare(i, 2, "\xC2\xA0") == 0) space = true, width = 2;
    if (!space && lead == 0xE2 && s.compare(i, 3, "\xE2\x80\xAF") == 0) space = true, width = 3;
    if (space) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += s[i];
    }
    i += width;
  }
  return out;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t count = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

// std::string_view::rfind(), but comparing the first byte before the whole
// label: libstdc++'s compares the label at every position, and every label
// is looked for in every paragraph. `label` is not empty.
std::size_t rfind_label(std::string_view text, std::string_view label, std::size_t pos = std::string_view::npos) {
  if (label.size() > text.size()) return std::string_view::npos;
  for (std::size_t at = std::min(pos, text.size() - label.size());; --at) {
    if (text[at] == label[0] && text.compare(at, label.size(), label) == 0) return at;
    if (at == 0) return std::string_view::npos;
  }
}

// Finds a trailing "Photo : <credit>" in a paragraph. Returns the offset of the
// label, or npos; sets `credit`.
std::size_t find_credit(std::string_view text, std::string& credit) {
  for (std::string_view label : kCreditLabels) {
    for (std::size_t at = rfind_label(text, label); at != std::string_view::npos;
         at = at ? rfind_label(text, label, at - 1) : std::string_view::npos) {
      if (at > 0 && text[at - 1] != ' ') continue;
      std::size_t colon = at + label.size();
      while (colon < text.size() && text[colon] == ' ') ++colon;
      if (colon >= text.size() || text[colon] != ':') continue;
      std::string_view rest = trim(text.substr(colon + 1));
      if (rest.empty() || rest.size() > kMaxCreditBytes || rest.find(". ") != std::string_view::npos) continue;
      credit.assign(rest);
      return at;
    }
  }
  return std::string_view::npos;
}

// Turns one paragraph into blocks (a caption, or a heading and/or paragraph).
void add_paragraph(std::vector<std::string_view> lines, SplitBody& out) {
  // A short first line in front of more text is a heading glued to its paragraph.
  if (lines.size() > 1 && !out.blocks.empty() && looks_like_heading(lines.front())) {
    out.blocks.push_back({BlockKind::kHeading, collapse_spaces(remove_stray_markup(lines.front()))});
    lines.erase(lines.begin());
  }
  std::string joined;
  for (std::string_view line : lines) {
    if (!joined.empty()) joined += ' ';
    joined.append(line);
  }
  std::string text = collapse_spaces(remove_stray_markup(joined));
  if (text.empty()) return;

  bool caption = false;
  if (text.compare(0, kFullScreenLabel.size(), kFullScreenLabel) == 0) {
    caption = true;
    text = std::string(trim(std::string_view(text).substr(kFullScreenLabel.size())));
  }
  std::string credit;
  std::size_t credit_at = find_credit(text, credit);
  if (credit_at != std::string::npos) {
    caption = true;
    out.credits.push_back(credit);
    text = std::string(trim(std::string_view(text).substr(0, credit_at)));
  }
  if (text.empty()) return;
  BlockKind kind = caption                                                 ? BlockKind::kCaption
                   : (!out.blocks.empty() && lines.size() == 1 && looks_like_heading(text)) ? BlockKind::kHeading
                                                                           : BlockKind::kParagraph;
  out.blocks.push_back({kind, std::move(text)});
}

}  // namespace

bool looks_like_heading(std::string_view line) {
  line = trim(line);
  if (line.empty() || count_code_points(line) > kMaxHeadingChars) return false;
  std::size_t words = 1;
  for (char c : line)
    if (c == ' ') ++words;
  if (words > kMaxHeadingWords) return false;
  // Starts with a letter or digit.
  int32_t i = 0;
  UChar32 first;
  U8_NEXT(line.data(), i, static_cast<int32_t>(line.size()), first);
  if (first < 0 || !(u_isalnum(first))) return false;
  // Ends without sentence punctuation.
  int32_t end = static_cast<int32_t>(line.size());
  UChar32 last;
  U8_PREV(line.data(), 0, end, last);
  if (last < 0) return false;
  switch (last) {
    case '.': case '!': case '?': case ':': case ';': case ',': case 0x2026: /* … */
    case 0x00BB: /* » */ case '"': case 0x201D: /* ” */ case ')':
      return false;
    default:
      return true;
  }
}

SplitBody split_blocks(std::string_view body) {
  SplitBody out;
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    std::size_t nl = body.find('\n', pos);
    std::string_view line = body.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    line = trim(line);
    if (line.empty()) {
      if (!lines.empty()) add_paragraph(std::move(lines), out);
      lines.clear();
    } else {
      lines.push_back(line);
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  if (!lines.empty()) add_paragraph(std::move(lines), out);
  return out;
}

}  // namespace kiosque::archive
