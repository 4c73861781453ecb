// SPDX-License-Identifier: MIT
// wa_errors: find an entry by code or id, and classify what a response or webhook said.
// Everything here is constexpr, noexcept and allocation-free, and accepts any input.
// In compiled mode (WA_ERRORS_SEPARATE_COMPILATION; CMake: link wa_errors::compiled) the functions
// below are declared here and defined once, in src/wa_errors.cpp, and this header does not include
// the table: a translation unit then skips parsing its 215 entries, at the price of constexpr (no
// static_assert on a lookup in that mode). docs/build-modes.md compares the two.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "detail/ascii.hpp"
#include "detail/build_mode.hpp"
#include "detail/tables.hpp"
#include "types.hpp"
#include "version.hpp"

#if !WA_ERRORS_DETAIL_DECLARE_ONLY
#include "catalog.gen.hpp"
#endif

WA_ERRORS_BEGIN_NAMESPACE

// What a response or webhook told us about one error. `match` fragments are looked for in
// message, title and details alike.
// Built member by member or positionally, `{400, 131047, {}, "message"}`: trailing fields may be
// left out without a -Wmissing-field-initializers warning in the caller's code.
struct error_ref {
    int http_status = 0;
    std::optional<long long> code{};
    std::optional<long long> subcode{};
    std::string_view message{};
    std::string_view title{};
    std::string_view details{};
    std::string_view recipient{};  // the user's phone number or wa_id when known (webhooks say it)
    transport_failure transport = transport_failure::none;  // set when no HTTP response came back

    constexpr error_ref() noexcept = default;
    constexpr error_ref(int status, std::optional<long long> code_ = {}, std::optional<long long> subcode_ = {},
                        std::string_view message_ = {}, std::string_view title_ = {}, std::string_view details_ = {},
                        std::string_view recipient_ = {},
                        transport_failure transport_ = transport_failure::none) noexcept
        : http_status(status),
          code(code_),
          subcode(subcode_),
          message(message_),
          title(title_),
          details(details_),
          recipient(recipient_),
          transport(transport_) {}
};

namespace detail {

// `match` is looked for in the first 64 KiB of each text only, so a hostile multi-megabyte
// message costs a bounded amount of work. Real messages are a few hundred bytes.
inline constexpr std::size_t match_window = std::size_t{64} * 1024;

// Case-insensitive (ASCII) search; `fragment` is already lower case (the generator makes it so).
// Bytes outside ASCII compare as they are, so any byte sequence is safe input.
constexpr bool contains_folded(std::string_view text, std::string_view fragment) noexcept {
    if (text.size() > match_window) text = std::string_view(text.data(), match_window);
    if (fragment.empty()) return true;
    if (fragment.size() > text.size()) return false;
    const std::size_t last_start = text.size() - fragment.size();
    for (std::size_t i = 0; i <= last_start; ++i) {
        std::size_t j = 0;
        while (j < fragment.size() && ascii_lower(text[i + j]) == fragment[j]) ++j;
        if (j == fragment.size()) return true;
    }
    return false;
}

constexpr bool matches(const error_info& entry, const error_ref& ref) noexcept {
    for (std::string_view fragment : entry.match) {
        if (contains_folded(ref.message, fragment) || contains_folded(ref.title, fragment) ||
            contains_folded(ref.details, fragment))
            return true;
    }
    return false;
}

// Longer than any phone number however it is formatted: such a recipient is not one.
inline constexpr std::size_t max_phone_text = 64;

// Whether `recipient` is a phone number (digits after an optional '+', with spaces, '-', '.',
// '(' or ')' between them) whose digits start with `prefix`. A wa_id ("16505551234"), an E.164
// number ("+1 650 555 1234") and a formatted one all count; a business-scoped user id does not.
constexpr bool phone_starts_with(std::string_view recipient, std::string_view prefix) noexcept {
    if (recipient.size() > max_phone_text) return false;
    std::size_t i = 0;
    while (i < recipient.size() && recipient[i] == ' ') ++i;
    if (i < recipient.size() && recipient[i] == '+') ++i;
    std::size_t matched = 0;
    bool digits = false;
    for (; i < recipient.size(); ++i) {
        const char c = recipient[i];
        if (is_ascii_digit(c)) {
            if (matched < prefix.size()) {
                if (c != prefix[matched]) return false;
                ++matched;
            }
            digits = true;
        } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
            return false;
        }
    }
    return digits && matched == prefix.size();
}

// A variant applies when each condition it has holds: its text occurs, and the recipient is
// one it is for.
constexpr bool applies(const error_info& entry, const error_ref& ref) noexcept {
    if (!entry.match.empty() && !matches(entry, ref)) return false;
    if (entry.recipient_prefix.empty()) return true;
    for (std::string_view prefix : entry.recipient_prefix) {
        if (phone_starts_with(ref.recipient, prefix)) return true;
    }
    return false;
}

// The compiled-in table (catalog.gen.hpp) as the lookups below read a table. catalog_overlay
// (payload/catalog_overlay.hpp) builds one of the same shape at run time, so that both are
// searched by this one algorithm. Every member is static: the compiled-in lookups read the
// generated arrays directly, exactly as if they named them.
#if !WA_ERRORS_DETAIL_DECLARE_ONLY
struct compiled_tables {
    static constexpr const error_info& entry(std::uint16_t i) noexcept { return generated::entries[i]; }
    static constexpr const code_index& codes() noexcept { return generated::codes; }
    static constexpr const subcode_index& subcodes() noexcept { return generated::subcodes; }
    static constexpr const id_index& ids() noexcept { return generated::ids; }
    static constexpr const std::uint16_t* variant_list() noexcept { return generated::variant_list; }
    static constexpr const std::uint16_t* message_matched() noexcept { return generated::message_matched; }
    static constexpr const std::uint16_t* status_fallbacks() noexcept { return generated::status_fallbacks; }
    static constexpr std::uint16_t unknown_fallback() noexcept { return generated::unknown_fallback; }
    static constexpr std::uint16_t transport_not_sent() noexcept { return generated::transport_not_sent; }
    static constexpr std::uint16_t transport_no_answer() noexcept { return generated::transport_no_answer; }
};
#endif

template <class Tables>
constexpr const error_info& resolve(const Tables& t, const code_slot& slot, const error_ref& ref) noexcept {
    for (const std::uint16_t* v = t.variant_list() + slot.variants; *v != no_entry; ++v) {
        if (applies(t.entry(*v), ref)) return t.entry(*v);
    }
    return *slot.primary;
}

// The slot for a code alone: the code's own entries, else those of the first pair that has
// this number as its subcode. Meta's error page lists template-management subcodes as if they
// were codes, so services and people look them up that way.
template <class Tables>
constexpr const code_slot* code_or_subcode(const Tables& t, long long number) noexcept {
    if (const code_slot* slot = t.codes().find(number)) return slot;
    return t.subcodes().any(number);
}

// Entries without a code (360dialog's own errors) are recognised by their text; when several
// match, the one documented with the response's HTTP status wins.
template <class Tables>
constexpr const error_info* by_message(const Tables& t, const error_ref& ref) noexcept {
    const error_info* first = nullptr;
    for (const std::uint16_t* i = t.message_matched(); *i != no_entry; ++i) {
        const error_info& entry = t.entry(*i);
        if (!matches(entry, ref)) continue;
        if (entry.http_status == ref.http_status) return &entry;
        if (first == nullptr) first = &entry;
    }
    return first;
}

// The generic fallback: an entry for the exact status, else one whose status is the class's
// round hundred (400 covers 4xx, 500 covers 5xx), else the unknown entry.
template <class Tables>
constexpr const error_info& by_status(const Tables& t, int status) noexcept {
    const int class_status = (status >= 400 && status <= 599) ? status / 100 * 100 : -1;
    const error_info* class_entry = nullptr;
    for (const std::uint16_t* i = t.status_fallbacks(); *i != no_entry; ++i) {
        const error_info& entry = t.entry(*i);
        if (entry.http_status == status) return entry;
        if (entry.http_status == class_status) class_entry = &entry;
    }
    return class_entry != nullptr ? *class_entry : t.entry(t.unknown_fallback());
}

// classify() over any table; see classify() below for the order.
// g++ at -O3, inlining a call made with error_ref(http_status), warns that the disengaged codes
// "may be used uninitialized" although each is read only after it is tested: std::optional's
// known false positive (GCC bug 80635). Silenced here only, so that a user's Release build of
// code that classifies through catalog_overlay stays warning-free.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
template <class Tables>
constexpr const error_info& classify_in(const Tables& t, const error_ref& ref) noexcept {
    if (ref.code) {
        if (ref.subcode) {
            if (const code_slot* pair = t.subcodes().find(*ref.code, *ref.subcode)) return resolve(t, *pair, ref);
        }
        if (const code_slot* slot = t.codes().find(*ref.code)) return resolve(t, *slot, ref);
        if (ref.subcode) {
            if (const code_slot* slot = code_or_subcode(t, *ref.subcode)) return resolve(t, *slot, ref);
        }
        if (const code_slot* slot = t.subcodes().any(*ref.code)) return resolve(t, *slot, ref);
    } else if (const error_info* entry = by_message(t, ref)) {
        return *entry;
    }
    if (ref.transport == transport_failure::not_sent) return t.entry(t.transport_not_sent());
    if (ref.transport == transport_failure::no_answer) return t.entry(t.transport_no_answer());
    return by_status(t, ref.http_status);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// The entry with this catalog id in any table, or nullptr (bisection over the ids in order).
template <class Tables>
constexpr const error_info* by_id(const Tables& t, std::string_view id) noexcept {
    std::size_t low = 0;
    std::size_t high = t.ids().count;
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        const error_info& entry = t.entry(t.ids().order[mid]);
        const int order = entry.id.compare(id);
        if (order == 0) return &entry;
        if (order < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return nullptr;
}

#if !WA_ERRORS_DETAIL_DECLARE_ONLY
// The compiled-in table's fallback by status (system_error.hpp's find(error_code) uses it).
WA_ERRORS_LOOKUP_API const error_info& by_status(int status) noexcept { return by_status(compiled_tables{}, status); }
#else
const error_info& by_status(int status) noexcept;
#endif

// GCC 12 folds `find(131047) != nullptr` to "&entries[44] != nullptr" (and
// `documented_limit(...) != nullptr` to "&limits[0] != nullptr") and warns under -Waddress
// (-Wall) in the caller's code. Passing the result through an empty asm at run time hides the
// folding from that warning; constant evaluation takes the plain path.
#if defined(__GNUC__) && !defined(__clang__)
template <class Row>
inline const Row* hide_from_address_warning(const Row* row) noexcept {
    asm("" : "+r"(row));
    return row;
}
#endif

template <class Row>
constexpr const Row* found(const Row& row) noexcept {
#if defined(__GNUC__) && !defined(__clang__)
    if (!__builtin_is_constant_evaluated()) return hide_from_address_warning(&row);
#endif
    return &row;
}

}  // namespace detail

#if defined(WA_ERRORS_SEPARATE_COMPILATION)
// What catalog() returns in compiled mode, where the table's size is not in the header: the
// entries as a range (range-for, std::size, indexing), as the array is header-only.
struct catalog_view {
    const error_info* entries = nullptr;
    std::size_t count = 0;

    [[nodiscard]] const error_info* begin() const noexcept { return entries; }
    [[nodiscard]] const error_info* end() const noexcept { return entries + count; }
    [[nodiscard]] std::size_t size() const noexcept { return count; }
    [[nodiscard]] const error_info& operator[](std::size_t i) const noexcept { return entries[i]; }
};
#endif

#if WA_ERRORS_DETAIL_DECLARE_ONLY
// Compiled mode: the declarations of what follows the #else, defined in src/wa_errors.cpp.
[[nodiscard]] catalog_view catalog() noexcept;
[[nodiscard]] std::string_view catalog_version() noexcept;
[[nodiscard]] const pace_limit* documented_limit(retry_scope scope) noexcept;
[[nodiscard]] const error_info* find(long long meta_code) noexcept;
[[nodiscard]] const error_info* find(long long meta_code, long long subcode) noexcept;
[[nodiscard]] const error_info* find(std::string_view id) noexcept;
[[nodiscard]] const error_info& classify(const error_ref& ref) noexcept;
#else

// Every entry of the catalog, in catalog order (an array: range-for, std::size, indexing).
#if defined(WA_ERRORS_SEPARATE_COMPILATION)
[[nodiscard]] catalog_view catalog() noexcept { return {generated::entries, std::size(generated::entries)}; }
#else
[[nodiscard]] constexpr const auto& catalog() noexcept { return generated::entries; }
#endif

// The version string of data/errors.json that the table was generated from.
[[nodiscard]] WA_ERRORS_LOOKUP_API std::string_view catalog_version() noexcept { return generated::catalog_version; }

// The rate Meta documents for a scope (phone_number: per-number throughput; recipient: one
// business number to one user), or nullptr when the catalog lists none.
[[nodiscard]] WA_ERRORS_LOOKUP_API const pace_limit* documented_limit(retry_scope scope) noexcept {
    for (const pace_limit& limit : generated::limits)
        if (limit.scope == scope) return detail::found(limit);
    return nullptr;
}

// The entry for a Meta code: the one without a variant condition, else its first variant;
// nullptr if unknown. A number the catalog knows only as a subcode gives that subcode's entry.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info* find(long long meta_code) noexcept {
    const detail::code_slot* slot = detail::code_or_subcode(detail::compiled_tables{}, meta_code);
    return slot != nullptr ? detail::found(*slot->primary) : nullptr;
}

// The entry for exactly this (code, error_subcode) pair, e.g. find(100, 2388072); nullptr if
// the catalog has no entry for the pair.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info* find(long long meta_code, long long subcode) noexcept {
    const detail::code_slot* slot = generated::subcodes.find(meta_code, subcode);
    return slot != nullptr ? detail::found(*slot->primary) : nullptr;
}

// The entry with this catalog id, e.g. "meta.131047"; nullptr if there is none.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info* find(std::string_view id) noexcept {
    const error_info* entry = detail::by_id(detail::compiled_tables{}, id);
    return entry != nullptr ? detail::found(*entry) : nullptr;
}

// Never fails. In order: an entry for the exact (code, subcode) pair; the code's entries; for an
// unknown code, its subcode's entries (the subcode as a code, else as a subcode of any code);
// a code the catalog knows only as a subcode. Among the entries found, the first variant whose
// conditions hold (its `match` occurs in message, title or details; the recipient starts with
// one of its `recipient_prefix`), else the one without conditions. No code: 360dialog's errors
// by their text; a transport failure, its own entry. Otherwise: by HTTP status.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info& classify(const error_ref& ref) noexcept {
    return detail::classify_in(detail::compiled_tables{}, ref);
}
#endif  // WA_ERRORS_DETAIL_DECLARE_ONLY

WA_ERRORS_END_NAMESPACE
