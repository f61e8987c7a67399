#include "archive/text_article.h"

#include "archive/blocks.h"
#include "archive/content_hash.h"
#include "archive/title.h"
#include "archive/utf8_check.h"

namespace kiosque::archive {

namespace {

constexpr std::string_view kDateKeyword = "date";

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Start of the first line, shortened for a message.
std::string excerpt(std::string_view text) {
  std::string_view line = text.substr(0, text.find('\n'));
  if (line.size() > 40) {
    std::size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    return std::string(line.substr(0, cut)) + "…";
  }
  return std::string(line);
}

}  // namespace

Article parse_text_article(std::string_view bytes, const std::string& file, const std::string& id,
                           std::vector<Diagnostic>& warnings) {
  if (auto problem = check_text(bytes)) throw InputError({file, problem->line, problem->message});
  Article article;
  article.id = id;
  article.content_hash = content_hash(bytes);

  std::string_view text = without_bom(bytes);
  std::size_t line = 1;
  std::size_t i = 0;
  while (i < text.size() && is_blank(text[i])) line += text[i++] == '\n';
  text.remove_prefix(i);
  if (text.empty()) throw InputError({file, 0, "empty file"});

  const char* expected = "expected 'date YYYY-MM' or 'date YYYY-MM-DD' then the first paragraph";
  bool has_keyword = text.compare(0, kDateKeyword.size(), kDateKeyword) == 0 &&
                     (text.size() == kDateKeyword.size() || is_blank(text[kDateKeyword.size()]));
  if (has_keyword) {
    std::string_view rest = text.substr(kDateKeyword.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    std::size_t value_end = 0;
    while (value_end < rest.size() && !is_blank(rest[value_end])) ++value_end;
    std::string value(rest.substr(0, value_end));
    if (auto date = PublicationDate::parse(value); date && (value.size() == 7 || value.size() == 10)) {
      article.date = date;
    } else {
      warnings.push_back({file, line, "malformed date '" + value + "': " + expected + "; indexed undated"});
    }
    text = rest.substr(value_end);
  } else {
    warnings.push_back({file, line, std::string(expected) + ", got '" + excerpt(text) + "'; indexed undated"});
  }

  SplitBody body = split_blocks(text);
  if (body.blocks.empty()) throw InputError({file, line, "no text after the date line"});
  article.blocks = std::move(body.blocks);
  article.credits = std::move(body.credits);
  for (const TextBlock& block : article.blocks) {
    if (block.kind == BlockKind::kParagraph) {
      article.title = derive_title(block.text);
      break;
    }
  }
  if (article.title.empty()) article.title = derive_title(article.blocks.front().text);
  article.title_derived = true;
  return article;
}

}  // namespace kiosque::archive
