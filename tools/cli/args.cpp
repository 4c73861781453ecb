#include "args.hpp"

#include <algorithm>

namespace wa_errors_cli {

std::optional<double> parse_fraction(const std::string& text) {
    if (text.empty() || text.size() > 32 || (text[0] != '0' && text[0] != '1')) return std::nullopt;
    double value = text[0] - '0';
    std::size_t i = 1;
    if (i < text.size()) {
        if (text[i] != '.' || i + 1 == text.size()) return std::nullopt;
        double scale = 0.1;
        for (++i; i < text.size(); ++i, scale /= 10) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            value += (text[i] - '0') * scale;
        }
    }
    if (value > 1.0) return std::nullopt;
    return value;
}

std::optional<long long> parse_integer(const std::string& text, long long low, long long high) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) i = 1;
    if (i == text.size() || text.size() - i > 18) return std::nullopt;
    long long value = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    if (negative) value = -value;
    if (value < low || value > high) return std::nullopt;
    return value;
}

args::args(const std::vector<std::string>& words, const std::vector<std::string>& flags,
           const std::vector<std::string>& valued) {
    auto known = [](const std::vector<std::string>& list, const std::string& name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.size() < 3 || word.compare(0, 2, "--") != 0) {
            positional_.push_back(word);  // includes "-" (stdin)
            continue;
        }
        const std::size_t equals = word.find('=');
        const std::string name = word.substr(0, equals);
        if (known(flags, name)) {
            if (equals != std::string::npos) throw usage_error(name + " takes no value");
            options_[name] = "";
        } else if (known(valued, name)) {
            if (equals != std::string::npos) {
                options_[name] = word.substr(equals + 1);
            } else if (i + 1 < words.size()) {
                options_[name] = words[++i];
            } else {
                throw usage_error(name + " needs a value");
            }
        } else {
            throw usage_error("unknown option " + name);
        }
    }
}

std::optional<std::string> args::value(const std::string& name) const {
    const auto it = options_.find(name);
    if (it == options_.end()) return std::nullopt;
    return it->second;
}

std::optional<long long> args::integer(const std::string& name, long long low, long long high) const {
    const auto text = value(name);
    if (!text) return std::nullopt;
    const auto number = parse_integer(*text, low, high);
    if (!number)
        throw usage_error(name + " takes a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                          ", not '" + *text + "'");
    return number;
}

}  // namespace wa_errors_cli
