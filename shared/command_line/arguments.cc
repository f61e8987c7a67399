#include "command_line/arguments.h"

#include <algorithm>

namespace kiosque::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::vector<std::string>& value_options,
                     const std::vector<std::string>& flags) {
  auto known = [](const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_done || arg.size() < 2 || arg.compare(0, 1, "-") != 0 || arg == "-") {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name = arg, value;
    bool has_value = false;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq), value = arg.substr(eq + 1), has_value = true;
    }
    if (name == "-h") name = "--help";
    if (known(flags, name) || name == "--help") {
      if (has_value) throw UsageError("option " + name + " takes no value");
      flags_[name] = true;
    } else if (known(value_options, name)) {
      if (!has_value) {
        if (i + 1 >= args.size()) throw UsageError("option " + name + " needs a value");
        value = args[++i];
      }
      values_[name].push_back(value);
    } else {
      throw UsageError("unknown option '" + name + "'");
    }
  }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Arguments::values(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Arguments::required(const std::string& name) const {
  auto v = value(name);
  if (!v || v->empty()) throw UsageError("missing required option " + name);
  return *v;
}

long Arguments::number(const std::string& name, long fallback, long min, long max) const {
  auto v = value(name);
  if (!v) return fallback;
  std::size_t used = 0;
  long n = 0;
  try {
    n = std::stol(*v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != v->size() || n < min || n > max)
    throw UsageError("option " + name + " needs a whole number from " + std::to_string(min) + " to " +
                     std::to_string(max) + ", got '" + *v + "'");
  return n;
}

}  // namespace kiosque::cli
