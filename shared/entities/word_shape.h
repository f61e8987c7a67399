// The spelling pattern of a token, a strong clue for names that the model
// has never seen: "Poutine" -> "Xxxxx" (long) / "Xx" (short),
// "Jong-un" -> "Xxxx-xx" / "Xx-x", "ONU" -> "XXX" / "X", "1906" -> "dddd" / "d".
//
// Upper-case letters map to X, other letters to x, digits to d; any other
// character stands for itself. The long shape keeps at most kShapeRunCap
// repeats of a class, the short shape one.
#pragma once

#include <string>
#include <string_view>

namespace kiosque::entities {

inline constexpr int kShapeRunCap = 4;

struct WordShape {
  std::string long_shape;
  std::string short_shape;
  bool capitalised = false;  // the first character is an upper-case letter
  bool all_caps = false;     // at least two letters, none lower-case
};

WordShape word_shape(std::string_view token);

}  // namespace kiosque::entities
