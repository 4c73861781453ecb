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

struct error_fields {
    enum text_slot : std::size_t {
        message,
        developer_message_camel,
        developer_message_snake,
        msg,
        title,
        type,
        details,
        fbtrace_id,
        href,
        user_title,
        user_message,
        data_text,  // error_data given as text
        data_details,
        data_real_message,
        text_slots
    };
    enum number_slot : std::size_t { code, subcode, http_code_camel, http_code_snake, number_slots };

    // std::array, not C arrays: clang-tidy 14 flags the loop variable ("__i0") that the compiler
    // invents to copy an array member, as if this header had declared a reserved identifier.
    std::array<std::string, text_slots> text{};
    std::array<std::optional<long long>, number_slots> number{};
    std::optional<bool> is_transient{};

    void clear() noexcept {
        for (std::string& t : text) t.clear();
        for (auto& n : number) n.reset();
        is_transient.reset();
    }
};

// The slot a role writes, or text_slots / number_slots when it has none.
constexpr std::size_t text_slot_of(role r) noexcept {
    switch (r) {
        case role::message: return error_fields::message;
        case role::developer_message_camel: return error_fields::developer_message_camel;
        case role::developer_message_snake: return error_fields::developer_message_snake;
        case role::msg: return error_fields::msg;
        case role::title: return error_fields::title;
        case role::type: return error_fields::type;
        case role::details:
        case role::details_item: return error_fields::details;
        case role::fbtrace_id: return error_fields::fbtrace_id;
        case role::href: return error_fields::href;
        case role::user_title: return error_fields::user_title;
        case role::user_message: return error_fields::user_message;
        case role::error_data: return error_fields::data_text;
        case role::data_details: return error_fields::data_details;
        case role::data_real_message: return error_fields::data_real_message;
        default: return error_fields::text_slots;
    }
}

constexpr std::size_t number_slot_of(role r) noexcept {
    switch (r) {
        case role::code: return error_fields::code;
        case role::subcode: return error_fields::subcode;
        case role::http_code_camel: return error_fields::http_code_camel;
        case role::http_code_snake: return error_fields::http_code_snake;
        default: return error_fields::number_slots;
    }
}

// A key of an error object was read: its earlier value (a duplicate key) is forgotten, as a DOM
// would forget it, whatever the new value's type.
inline void forget(error_fields& f, role r) noexcept {
    if (r == role::error_data) {
        f.text[error_fields::data_text].clear();
        f.text[error_fields::data_details].clear();
        f.text[error_fields::data_real_message].clear();
    } else if (const std::size_t t = text_slot_of(r); t != error_fields::text_slots) {
        f.text[t].clear();
    } else if (const std::size_t n = number_slot_of(r); n != error_fields::number_slots) {
        f.number[n].reset();
    } else if (r == role::is_transient) {
        f.is_transient.reset();
    }
}

// Values are copied, not moved: moving would steal the SAX lexer's buffer, which it then grows
// again byte by byte for the next string.
inline void take_text(error_fields& f, role r, std::string_view value) {
    if (const std::size_t t = text_slot_of(r); t != error_fields::text_slots) {
        if (r == role::details_item && !f.text[t].empty()) {  // the Partner API's list of texts
            f.text[t] += "; ";
            f.text[t] += value;
        } else {
            f.text[t] = value;
        }
    } else if (const std::size_t n = number_slot_of(r); n != error_fields::number_slots) {
        f.number[n] = code_from_text(value);
    }
}

inline void take_number(error_fields& f, role r, std::optional<long long> value) noexcept {
    if (const std::size_t n = number_slot_of(r); n != error_fields::number_slots) f.number[n] = value;
}

// The first non-empty of several slots, in priority order.
template <std::size_t N>
std::string& first_text(error_fields& f, const std::size_t (&order)[N]) {
    for (std::size_t slot : order)
        if (!f.text[slot].empty()) return f.text[slot];
    return f.text[order[N - 1]];
}

// The error as parse() returns it, classified: message, title and details all feed `match`; the
// response's status (else the body's) only breaks ties and fills in when there is no code.
inline parsed_error finish(error_fields&& f, error_context&& context, int http_status, shape where) {
    using e = error_fields;
    parsed_error p;
    p.message = std::move(first_text(f, {e::message, e::developer_message_camel, e::developer_message_snake, e::msg}));
    p.code = f.number[e::code] ? f.number[e::code] : code_from_message(p.message);
    p.subcode = f.number[e::subcode];
    p.is_transient = f.is_transient;
    p.title = std::move(first_text(f, {e::title, e::user_title}));
    p.details =
        std::move(first_text(f, {e::data_details, e::data_real_message, e::details, e::data_text, e::user_message}));
    p.type = std::move(f.text[e::type]);
    p.fbtrace_id = std::move(f.text[e::fbtrace_id]);
    p.href = std::move(f.text[e::href]);
    p.context = std::move(context);
    const int camel = http_status_from(f.number[e::http_code_camel]);
    const int body_status = camel != 0 ? camel : http_status_from(f.number[e::http_code_snake]);
    p.http_status = http_status != 0 ? http_status : body_status;
    p.shape = where;
    error_ref ref;
    ref.http_status = p.http_status;
    ref.code = p.code;
    ref.subcode = p.subcode;
    ref.message = p.message;
    ref.title = p.title;
    ref.details = p.details;
    ref.recipient = !p.context.recipient_id.empty() ? p.context.recipient_id : p.context.user_id;
    p.info = &classify(ref);
    return p;
}

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
