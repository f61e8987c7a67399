// Exit codes of the `kiosque` commands, documented in the README.
#pragma once

namespace kiosque::cli {

inline constexpr int kExitOk = 0;           // everything done
inline constexpr int kExitFatal = 1;        // nothing usable done: database locked or unwritable, bad index
inline constexpr int kExitUsage = 2;        // wrong options or arguments; see --help
inline constexpr int kExitPartial = 3;      // index: some inputs were skipped (each reported); the rest is indexed
inline constexpr int kExitBadQuery = 4;     // search: the query cannot be searched (message says why)
inline constexpr int kExitInterrupted = 130;  // index: stopped by Ctrl-C / SIGTERM after committing its work

}  // namespace kiosque::cli
