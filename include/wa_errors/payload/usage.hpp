// SPDX-License-Identifier: MIT
// wa_errors::payload: Meta's usage headers. X-Business-Use-Case-Usage reports, per business id
// and type, how much of each limit is used; X-App-Usage does the same for the whole app. Read with
// a SAX handler (no DOM: a DOM's destructor allocates, which a noexcept function cannot afford).
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "../detail/text.hpp"
#include "../server_hint.hpp"
#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload {

// One limit: how much of it is used, in percent of the limit.
struct usage_level {
    std::string business_id{};  // the X-Business-Use-Case-Usage key; empty for X-App-Usage
    std::string type{};         // "whatsapp_business_messaging"...; "app" for X-App-Usage
    double call_count = 0;      // percentages; values above max_usage_percent are capped to it
    double total_cputime = 0;
    double total_time = 0;
    std::chrono::milliseconds regain{0};  // estimated_time_to_regain_access (minutes, fractions kept)

    [[nodiscard]] double highest() const noexcept { return std::max({call_count, total_cputime, total_time}); }
};

enum class usage_status : std::uint8_t {
    absent,        // no usage header (or only blank ones)
    ok,            // read; `levels` holds every level
    malformed,     // a header that is not in Meta's shape (levels read from other headers are kept)
    out_of_memory  // memory ran out: `levels` holds what was read before
};

// Usage at or above 100 % with no announced regain time is not idle: Meta asks callers to stop
// until usage falls, and the rolling window frees capacity within minutes. A wait of one minute
// is the hint then (decide() treats it as a floor; the next response's header says more).
inline constexpr std::chrono::milliseconds saturated_wait{60000};
// Percentages above this and waits above a year are capped (not zeroed: an absurd value still
// means "a lot").
inline constexpr double max_usage_percent = 1000;
inline constexpr std::chrono::minutes max_regain{60LL * 24 * 366};
// Headers longer than this are not read (Meta's hold up to 32 objects, a few KiB); nor are more
// levels than this kept.
inline constexpr std::size_t max_usage_header = std::size_t{64} * 1024;
inline constexpr std::size_t max_usage_levels = 256;

struct usage_report {
    usage_status status = usage_status::absent;
    std::vector<usage_level> levels{};  // one per business id and type; duplicates merged by maximum

    [[nodiscard]] double highest() const noexcept {
        double top = 0;
        for (const auto& l : levels) top = std::max(top, l.highest());
        return top;
    }
    [[nodiscard]] std::chrono::milliseconds longest_regain() const noexcept {
        std::chrono::milliseconds longest{0};
        for (const auto& l : levels) longest = std::max(longest, l.regain);
        return longest;
    }
    // The hint for decide(): the longest regain time; saturated_wait for a level at 100 % or more
    // without one; none otherwise.
    [[nodiscard]] server_hint hint() const noexcept {
        server_hint h = server_hint::none();
        for (const auto& l : levels) {
            if (l.regain.count() > 0)
                h = merge(h, server_hint::wait_for(l.regain));
            else if (l.highest() >= 100)
                h = merge(h, server_hint::wait_for(saturated_wait));
        }
        return h;
    }
};

namespace detail {

// A percentage or a number of minutes given as text: digits with an optional fraction.
inline std::optional<double> decimal_from_text(std::string_view text) noexcept {
    return wa_errors::detail::parse_decimal(wa_errors::detail::trim(text));
}

// Reads one header, wrapped in [ ] so that values joined from repeated header lines
// ({...}, {...}) read as a list. Levels sit at depth 3 or 4 ({"<id>": [{...}]} or {"<id>": {...}})
// in X-Business-Use-Case-Usage, at depth 2 in X-App-Usage.
class usage_reader {
public:
    using json = nlohmann::json;

    usage_reader(std::vector<usage_level>& out, bool per_business) : out_(out), per_business_(per_business) {}

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t v) { return number(static_cast<double>(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return number(static_cast<double>(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return number(v); }
    bool string(json::string_t& text) {
        if (in_level() && field_ == field::type) {
            level_.type = text;
        } else if (const auto v = decimal_from_text(text)) {
            number(*v);
        }
        return true;
    }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) {
        if (++depth_ > 6) return false;
        if (level_depth_ == 0 && is_level_depth()) {
            level_depth_ = depth_;
            level_ = usage_level{};
            level_.business_id = business_;
            if (!per_business_) level_.type = "app";
            field_ = field::none;
        }
        return true;
    }
    bool start_array(std::size_t) { return ++depth_ <= 6; }
    bool end_object() {
        if (depth_ == level_depth_) {
            level_depth_ = 0;
            if (out_.size() < max_usage_levels) out_.push_back(std::move(level_));
        }
        --depth_;
        return true;
    }
    bool end_array() {
        --depth_;
        return true;
    }
    bool key(json::string_t& text) {
        if (per_business_ && depth_ == 2) business_ = text;
        if (in_level()) {
            const std::string_view k(text);
            field_ = k == "call_count"                        ? field::call_count
                     : k == "total_cputime"                   ? field::total_cputime
                     : k == "total_time"                      ? field::total_time
                     : k == "estimated_time_to_regain_access" ? field::regain
                     : k == "type"                            ? field::type
                                                              : field::none;
        }
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

private:
    enum class field : std::uint8_t { none, call_count, total_cputime, total_time, regain, type };

    bool is_level_depth() const noexcept { return per_business_ ? depth_ == 3 || depth_ == 4 : depth_ == 2; }
    bool in_level() const noexcept { return depth_ == level_depth_; }

    // The highest value wins when a key is given twice.
    bool number(double v) {
        if (!in_level() || !(v >= 0)) return true;  // negative: no information
        auto percent = [&](double& slot) { slot = std::max(slot, std::min(v, max_usage_percent)); };
        switch (field_) {
            case field::call_count: percent(level_.call_count); break;
            case field::total_cputime: percent(level_.total_cputime); break;
            case field::total_time: percent(level_.total_time); break;
            case field::regain: {
                const double minutes = std::min(v, static_cast<double>(max_regain.count()));
                const std::chrono::milliseconds wait(static_cast<long long>(minutes * 60000));
                level_.regain = std::max(level_.regain, wait);
                break;
            }
            default: break;
        }
        return true;
    }

    std::vector<usage_level>& out_;
    bool per_business_;
    int depth_ = 0;
    int level_depth_ = 0;  // the depth of the level object being read, 0 outside one
    std::string business_{};
    usage_level level_{};
    field field_ = field::none;
};

inline bool blank(std::string_view text) noexcept {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Adds one header's levels to `report`, merging a business id and type seen before by maximum.
inline void add_usage(usage_report& report, std::string_view header, bool per_business) {
    if (blank(header)) return;
    std::vector<usage_level> read;
    std::string wrapped;
    bool ok = header.size() <= max_usage_header;
    if (ok) {
        wrapped.reserve(header.size() + 2);
        wrapped += '[';
        wrapped += header;
        wrapped += ']';
        usage_reader r(read, per_business);
        ok = nlohmann::json::sax_parse(wrapped.data(), wrapped.data() + wrapped.size(), &r) && !read.empty();
    }
    if (!ok) {
        report.status = usage_status::malformed;
        return;
    }
    if (report.status == usage_status::absent) report.status = usage_status::ok;
    for (usage_level& level : read) {
        auto same = std::find_if(report.levels.begin(), report.levels.end(), [&](const usage_level& l) {
            return l.business_id == level.business_id && l.type == level.type;
        });
        if (same == report.levels.end()) {
            if (report.levels.size() < max_usage_levels) report.levels.push_back(std::move(level));
            continue;
        }
        same->call_count = std::max(same->call_count, level.call_count);
        same->total_cputime = std::max(same->total_cputime, level.total_cputime);
        same->total_time = std::max(same->total_time, level.total_time);
        same->regain = std::max(same->regain, level.regain);
    }
}

}  // namespace detail

// The usage levels of one response: its X-Business-Use-Case-Usage value (business ids, each
// with a list of types, or one object) and its X-App-Usage value (one level, type "app"). Either
// may be empty. Values joined from repeated header lines and folded lines are read too.
// Percentages and minutes may be numbers or numeric text. Never throws.
[[nodiscard]] inline usage_report parse_usage(std::string_view business_use_case_usage,
                                              std::string_view app_usage = {}) noexcept {
    usage_report report;
    try {
        detail::add_usage(report, business_use_case_usage, true);
        detail::add_usage(report, app_usage, false);
    } catch (...) {
        report.status = usage_status::out_of_memory;
    }
    return report;
}

}  // namespace payload
WA_ERRORS_END_NAMESPACE
