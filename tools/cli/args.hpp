// A small command-line reader for wa-errors: positional words and --options, either
// "--name value" or "--name=value". Problems are usage errors (exit 2).
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace wa_errors_cli {

struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class args {
public:
    // `flags` take no value; `valued` take one. Anything else starting with "--" is an error.
    args(const std::vector<std::string>& words, const std::vector<std::string>& flags,
         const std::vector<std::string>& valued);

    const std::vector<std::string>& positional() const { return positional_; }
    bool has(const std::string& name) const { return options_.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;

    // An option's value as a whole number within [low, high], or a usage error naming it.
    std::optional<long long> integer(const std::string& name, long long low, long long high) const;

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::string> options_;
};

// A whole decimal number within [low, high] (no sign for non-negative ranges, no spaces).
std::optional<long long> parse_integer(const std::string& text, long long low, long long high);

// A decimal fraction within [0, 1] ("0", "0.25", "1", "1.0"); no sign, exponent or spaces.
std::optional<double> parse_fraction(const std::string& text);

}  // namespace wa_errors_cli
