// Splits an article's body into blocks and removes scraping boilerplate.
//
// - Paragraphs are separated by blank lines; the lines of one paragraph are
//   joined with a space.
// - A short line without final punctuation is a section heading
//   ("Relations chaleureuses"), never the first block.
// - A photo caption ("Ouvrir en mode plein écran <caption>. Photo : AFP / Jane
//   Doe") keeps its caption text; the button label is dropped and the credit
//   moves to `credits`: a photographer is not part of the story.
// - Stray markup is removed (markup.h), white space collapsed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article.h"

namespace kiosque::archive {

struct SplitBody {
  std::vector<TextBlock> blocks;
  std::vector<std::string> credits;
};

SplitBody split_blocks(std::string_view body);

// Whether `line` (trimmed) reads as a section heading: at most 80 characters
// and 12 words, starts with a letter or digit, no final punctuation.
bool looks_like_heading(std::string_view line);

}  // namespace kiosque::archive
