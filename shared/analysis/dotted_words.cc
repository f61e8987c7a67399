#include "analysis/dotted_words.h"

#include <unicode/utf8.h>

namespace kiosque::analysis {

namespace {

// Number of code points in s.
int32_t code_points(std::string_view s) {
  int32_t count = 0, i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    U8_FWD_1(s.data(), i, n);
    ++count;
  }
  return count;
}

}  // namespace

void split_dotted_words(std::vector<Token>& tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  std::size_t word_start = 0;  // index in `out` of the last unstacked token's first part
  for (Token& token : tokens) {
    if (!token.stacked) word_start = out.size();
    if (token.is_number || token.text.find('.') == std::string::npos) {
      out.push_back(std::move(token));
      continue;
    }
    // Split into parts, remembering where each starts.
    std::vector<std::pair<std::size_t, std::size_t>> parts;  // [begin, end) in token.text
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= token.text.size(); ++i) {
      if (i == token.text.size() || token.text[i] == '.') {
        if (i > begin) parts.emplace_back(begin, i);
        begin = i + 1;
      }
    }
    bool acronym = parts.size() > 1;
    for (auto [b, e] : parts)
      if (code_points(std::string_view(token.text).substr(b, e - b)) != 1) acronym = false;
    if (acronym) {
      std::string joined;
      for (auto [b, e] : parts) joined.append(token.text, b, e - b);
      token.text = std::move(joined);
      if (token.stacked && out.size() > word_start + 1) {
        // The reading it stacks on was split ("d.j" after "n'd.j": "n'd",
        // "j"): it stacks on that reading's first part, in text order.
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(word_start + 1), std::move(token));
      } else {
        out.push_back(std::move(token));
      }
      continue;
    }
    if (token.stacked && !parts.empty() && word_start < out.size()) {
      // An alternative reading of the word before ("djamena.fr" after
      // "n'djamena.fr"), split the same way: its first part stacks on that
      // word's first part, and its other parts are that word's.
      Token part;
      part.text = token.text.substr(parts[0].first, parts[0].second - parts[0].first);
      part.start = token.start + parts[0].first;
      part.end = token.start + parts[0].second;
      part.stacked = true;
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(word_start + 1), std::move(part));
      continue;
    }
    for (auto [b, e] : parts) {
      Token part;
      part.text = token.text.substr(b, e - b);
      part.start = token.start + b;
      part.end = token.start + e;
      out.push_back(std::move(part));
    }
  }
  tokens.swap(out);
}

}  // namespace kiosque::analysis
