// SPDX-License-Identifier: MIT
// wa_errors::payload internals: the raw fields of one error object, one slot per spelling (so a
// duplicate or a second spelling resolves the same whatever the key order), and finish(), which
// picks among them and classifies.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "../lookup.hpp"
#include "../parsed_error.hpp"
#include "../version.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

// One slot per text role (message .. data_real_message, error_data's being the error_data given
// as text) and per number role (code .. http_code_snake), in role order: the vocabulary's roles
// are the slots' names.
struct error_fields {
    static constexpr std::size_t text_slots =
        static_cast<std::size_t>(role::data_real_message) - static_cast<std::size_t>(role::message) + 1;
    static constexpr std::size_t number_slots =
        static_cast<std::size_t>(role::http_code_snake) - static_cast<std::size_t>(role::code) + 1;

    // std::array, not C arrays: clang-tidy 14 flags the loop variable ("__i0") that the compiler
    // invents to copy an array member, as if this header had declared a reserved identifier.
    std::array<std::string, text_slots> text{};
    std::array<std::optional<long long>, number_slots> number{};
    std::optional<bool> is_transient{};

    // The slot of a text role (an item of the Partner API's details list fills `details`) or a
    // number role; nullptr for any other role.
    std::string* text_of(role r) noexcept {
        if (r == role::details_item) r = role::details;
        return r >= role::message && r <= role::data_real_message ? &text[offset(r, role::message)] : nullptr;
    }
    std::optional<long long>* number_of(role r) noexcept {
        return r >= role::code && r <= role::http_code_snake ? &number[offset(r, role::code)] : nullptr;
    }
    std::string& operator[](role r) noexcept { return *text_of(r); }  // a text role

    void clear() noexcept {
        for (std::string& t : text) t.clear();
        for (auto& n : number) n.reset();
        is_transient.reset();
    }

private:
    static constexpr std::size_t offset(role r, role first) noexcept {
        return static_cast<std::size_t>(r) - static_cast<std::size_t>(first);
    }
};

// A key of an error object was read: its earlier value (a duplicate key) is forgotten, as a DOM
// would forget it, whatever the new value's type.
inline void forget(error_fields& f, role r) noexcept {
    if (r == role::error_data) {
        for (role data : {role::error_data, role::data_details, role::data_real_message}) f[data].clear();
    } else if (std::string* text = f.text_of(r)) {
        text->clear();
    } else if (std::optional<long long>* number = f.number_of(r)) {
        number->reset();
    } else if (r == role::is_transient) {
        f.is_transient.reset();
    }
}

// Values are copied, not moved: moving would steal the SAX lexer's buffer, which it then grows
// again byte by byte for the next string.
inline void take_text(error_fields& f, role r, std::string_view value) {
    if (std::string* text = f.text_of(r)) {
        if (r == role::details_item && !text->empty()) {  // the Partner API's list of texts
            *text += "; ";
            *text += value;
        } else {
            *text = value;
        }
    } else if (std::optional<long long>* number = f.number_of(r)) {
        *number = code_from_text(value);
    }
}

inline void take_number(error_fields& f, role r, std::optional<long long> value) noexcept {
    if (std::optional<long long>* number = f.number_of(r)) *number = value;
}

// The first non-empty of several slots, in priority order.
template <std::size_t N>
std::string& first_text(error_fields& f, const role (&order)[N]) {
    for (role slot : order)
        if (!f[slot].empty()) return f[slot];
    return f[order[N - 1]];
}

// What classify() is given for a parsed error (catalog_overlay.hpp classifies it again from
// this); the views point into `p`.
inline error_ref ref_of(const parsed_error& p) noexcept {
    error_ref ref;
    ref.http_status = p.http_status;
    ref.code = p.code;
    ref.subcode = p.subcode;
    ref.message = p.message;
    ref.title = p.title;
    ref.details = p.details;
    ref.recipient = !p.context.recipient_id.empty() ? p.context.recipient_id : p.context.user_id;
    return ref;
}

// The error as parse() returns it, classified: message, title and details all feed `match`; the
// response's status (else the body's) only breaks ties and fills in when there is no code.
inline parsed_error finish(error_fields&& f, error_context&& context, int http_status, shape where) {
    using r = role;
    parsed_error p;
    p.message = std::move(first_text(f, {r::message, r::developer_message_camel, r::developer_message_snake, r::msg}));
    p.code = *f.number_of(r::code) ? *f.number_of(r::code) : code_from_message(p.message);
    p.subcode = *f.number_of(r::subcode);
    p.is_transient = f.is_transient;
    p.title = std::move(first_text(f, {r::title, r::user_title}));
    p.details =
        std::move(first_text(f, {r::data_details, r::data_real_message, r::details, r::error_data, r::user_message}));
    p.type = std::move(f[r::type]);
    p.fbtrace_id = std::move(f[r::fbtrace_id]);
    p.href = std::move(f[r::href]);
    p.context = std::move(context);
    const int camel = http_status_from(*f.number_of(r::http_code_camel));
    const int body_status = camel != 0 ? camel : http_status_from(*f.number_of(r::http_code_snake));
    p.http_status = http_status != 0 ? http_status : body_status;
    p.shape = where;
    p.info = &classify(ref_of(p));
    return p;
}

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
