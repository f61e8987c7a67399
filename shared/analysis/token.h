// A token flowing through the analysis stages (analyzer.h).
#pragma once

#include <cstddef>
#include <string>

namespace kiosque::analysis {

struct Token {
  // The token's text. Segmentation and the splitting stages keep it as
  // written (case, accents, apostrophe variant); normalisation then replaces
  // it with the lower-case NFKC form.
  std::string text;
  // Byte offsets of the token in the analysed text, end exclusive. A token
  // rebuilt from pieces (O.N.U. -> ONU) spans all of them.
  std::size_t start = 0;
  std::size_t end = 0;
  // True when this token shares the position of the token before it: an
  // alternative reading of the same word ("n'djamena" and "djamena").
  bool stacked = false;
  // Set by segmentation: the token is a number (digits, "3,5", "20h30").
  bool is_number = false;
};

}  // namespace kiosque::analysis
