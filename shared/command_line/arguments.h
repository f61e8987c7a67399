// A small command-line reader shared by the subcommands, so that they all
// spell and check their options alike (`--db DIR`, `--limit N`, `--json`).
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosque::cli {

// A usage mistake: printed with the subcommand's help hint, exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Arguments {
 public:
  // `value_options` take a value ("--db DIR" or "--db=DIR"); `flags` do not.
  // Anything else starting with "--" is a UsageError; other words are
  // positional. "--" ends the options.
  Arguments(const std::vector<std::string>& args, const std::vector<std::string>& value_options,
            const std::vector<std::string>& flags);

  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  // The option's value; the last one if it was given several times.
  std::optional<std::string> value(const std::string& name) const;
  // Every value of a repeatable option, in order.
  std::vector<std::string> values(const std::string& name) const;
  std::string required(const std::string& name) const;
  // A whole number in [min, max]; `fallback` when absent.
  long number(const std::string& name, long fallback, long min, long max) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::map<std::string, bool> flags_;
  std::vector<std::string> positional_;
};

}  // namespace kiosque::cli
