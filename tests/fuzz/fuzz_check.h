// FUZZ_CHECK(condition): a property a fuzz target checks on every input. On
// failure it prints the condition and aborts, in Release builds too (unlike
// assert), so libFuzzer and the replay runner both report the input.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                  \
  do {                                                                                         \
    if (!(condition)) {                                                                        \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                            \
    }                                                                                          \
  } while (0)
