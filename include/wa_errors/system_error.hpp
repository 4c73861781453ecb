// SPDX-License-Identifier: MIT
// wa_errors: std::error_code and std::error_condition integration (docs/concepts.md, "std::error_code").
//
//   std::error_code ec = make_error_code(classify(ref));
//   if (ec == wa_errors::category::rate_limit) ...       // portable conditions
//   if (ec == wa_errors::retry_kind::throttle) ...
//
// Error codes: Meta's errors in meta_category() with the Meta code as value; 360dialog's in
// dialog360_category() with the entry's catalog `ordinal`; generic fallbacks in
// http_status_category() with their HTTP status (400 for "other 4xx", 500 for "other 5xx") and
// -1 for generic.unknown, which has none (any HTTP status may be put in that category: it stands
// for its generic fallback). Beware: Meta's code 0 (AuthException) gives an
// error_code whose value is 0, which `if (ec)` reads as success; test `ec != std::error_code()`.
#pragma once

#include <string>
#include <system_error>

#include "lookup.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

[[nodiscard]] const std::error_category& meta_category() noexcept;
[[nodiscard]] const std::error_category& dialog360_category() noexcept;
[[nodiscard]] const std::error_category& http_status_category() noexcept;
[[nodiscard]] const std::error_category& category_condition_category() noexcept;
[[nodiscard]] const std::error_category& retry_kind_condition_category() noexcept;

[[nodiscard]] inline std::error_condition make_error_condition(category c) noexcept {
    return {static_cast<int>(c), category_condition_category()};
}
[[nodiscard]] inline std::error_condition make_error_condition(retry_kind k) noexcept {
    return {static_cast<int>(k), retry_kind_condition_category()};
}

inline constexpr int no_http_status = -1;  // the error_code value of generic.unknown

namespace detail {

// Failures without any HTTP response get negative values in http_status_category: -1 for
// "nothing to go on" (generic.unknown), then -1 - transport_failure: -2 not sent, -3 no answer.
constexpr int transport_value(transport_failure t) noexcept { return no_http_status - static_cast<int>(t); }

constexpr const error_info& transport_entry(transport_failure t) noexcept {
    error_ref ref;
    ref.transport = t;
    return classify(ref);
}

}  // namespace detail

[[nodiscard]] inline std::error_code make_error_code(const error_info& e) noexcept {
    switch (e.source) {
        case source::meta: return {static_cast<int>(*e.code), meta_category()};
        case source::dialog360: return {e.ordinal, dialog360_category()};
        case source::generic: break;
    }
    if (e.http_status != 0) return {e.http_status, http_status_category()};
    for (const auto t : {transport_failure::not_sent, transport_failure::no_answer}) {
        if (&detail::transport_entry(t) == &e) return {detail::transport_value(t), http_status_category()};
    }
    return {no_http_status, http_status_category()};
}

// The entry an error_code of these categories stands for; nullptr for other categories and
// unknown Meta codes or ordinals. A Meta code gives the code's main entry (its `match` variants
// need the text); an HTTP status gives its generic fallback, as classify() would.
[[nodiscard]] inline const error_info* find(const std::error_code& ec) noexcept {
    if (ec.category() == meta_category()) return find(static_cast<long long>(ec.value()));
    if (ec.category() == dialog360_category()) {
        for (const error_info& e : catalog())
            if (e.source == source::dialog360 && e.ordinal == ec.value()) return &e;
        return nullptr;
    }
    if (ec.category() == http_status_category()) {
        for (const auto t : {transport_failure::not_sent, transport_failure::no_answer}) {
            if (ec.value() == detail::transport_value(t)) return &detail::transport_entry(t);
        }
        return &detail::by_status(detail::compiled_tables{}, ec.value() == no_http_status ? 0 : ec.value());
    }
    return nullptr;
}

namespace detail {

// The three error categories differ only in their name and in what they call a value that stands
// for no entry; what a value means and which conditions it is equivalent to is the same lookup.
class entry_error_category final : public std::error_category {
public:
    constexpr entry_error_category(const char* name, const char* unknown_prefix) noexcept
        : name_(name), unknown_prefix_(unknown_prefix) {}
    // A category is compared by address: a copy would be a different category.
    entry_error_category(const entry_error_category&) = delete;
    entry_error_category& operator=(const entry_error_category&) = delete;
    const char* name() const noexcept override { return name_; }
    std::string message(int value) const override {
        const error_info* e = find(std::error_code(value, *this));
        return e != nullptr ? std::string(e->title) : unknown_prefix_ + std::to_string(value);
    }
    std::error_condition default_error_condition(int value) const noexcept override {
        const error_info* e = find(std::error_code(value, *this));
        return e != nullptr ? make_error_condition(e->category) : std::error_condition(value, *this);
    }
    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        const error_info* e = find(std::error_code(value, *this));
        if (e == nullptr) return false;
        if (condition.category() == category_condition_category())
            return static_cast<int>(e->category) == condition.value();
        if (condition.category() == retry_kind_condition_category())
            return static_cast<int>(e->retry.kind) == condition.value();
        return false;
    }

private:
    const char* name_;
    const char* unknown_prefix_;
};

template <class Enum>
class enum_condition_category final : public std::error_category {
public:
    explicit constexpr enum_condition_category(const char* name) noexcept : name_(name) {}
    // A category is compared by address: a copy would be a different category.
    enum_condition_category(const enum_condition_category&) = delete;
    enum_condition_category& operator=(const enum_condition_category&) = delete;
    const char* name() const noexcept override { return name_; }
    std::string message(int value) const override {
        const std::string_view text = to_string(static_cast<Enum>(value));
        return text.empty() ? "unknown " + std::string(name_) + " " + std::to_string(value) : std::string(text);
    }

private:
    const char* name_;
};

}  // namespace detail

// Function-local statics, as <system_error> users expect: one instance each, compared by address.
[[nodiscard]] inline const std::error_category& meta_category() noexcept {
    static const detail::entry_error_category instance("wa_errors.meta", "unknown WhatsApp error ");
    return instance;
}
[[nodiscard]] inline const std::error_category& dialog360_category() noexcept {
    static const detail::entry_error_category instance("wa_errors.360dialog", "unknown 360dialog error ");
    return instance;
}
[[nodiscard]] inline const std::error_category& http_status_category() noexcept {
    static const detail::entry_error_category instance("wa_errors.http_status", "HTTP status ");
    return instance;
}
[[nodiscard]] inline const std::error_category& category_condition_category() noexcept {
    static const detail::enum_condition_category<category> instance("wa_errors.category");
    return instance;
}
[[nodiscard]] inline const std::error_category& retry_kind_condition_category() noexcept {
    static const detail::enum_condition_category<retry_kind> instance("wa_errors.retry_kind");
    return instance;
}

WA_ERRORS_END_NAMESPACE

namespace std {
template <>
struct is_error_condition_enum<wa_errors::category> : true_type {};
template <>
struct is_error_condition_enum<wa_errors::retry_kind> : true_type {};
}  // namespace std
