// SPDX-License-Identifier: MIT
// wa_errors::payload internals: THE payload vocabulary. Every key the reader reacts to, where it
// counts and what it means, in one table; the no-error scan derives its key set from it too.
// Adding a field spelling or a shape is one row here (and, for a new kind of container, one case
// in reader.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

// Documents nested deeper than this are refused while reading (parse_status::not_json): no real
// payload comes near it, and the limit bounds the reader's state.
inline constexpr int max_depth = 64;

// Where a container sits, as a set of bits: a status item is also walked for nested errors.
namespace scope {
inline constexpr std::uint16_t walk = 1;             // any object that may hold errors somewhere inside
inline constexpr std::uint16_t root = 2;             // the root object
inline constexpr std::uint16_t error = 4;            // an error object: its fields
inline constexpr std::uint16_t candidate = 8;        // an object that may turn out to be a bare error
inline constexpr std::uint16_t error_data = 16;      // an error's error_data object
inline constexpr std::uint16_t meta = 32;            // 360dialog's meta envelope
inline constexpr std::uint16_t metadata = 64;        // a webhook value's metadata
inline constexpr std::uint16_t status_item = 128;    // an item of statuses[]
inline constexpr std::uint16_t message_item = 256;   // an item of messages[]
inline constexpr std::uint16_t failed_user = 512;    // an item of block_users.failed_users[]
inline constexpr std::uint16_t history_item = 1024;  // an item of history[]
inline constexpr std::uint16_t fastapi_item = 2048;  // an item of a root detail[] (FastAPI validation errors)
inline constexpr std::uint16_t fields = error | candidate | meta | fastapi_item;  // read as an error's fields
}  // namespace scope

// What the value of a key is.
enum class role : std::uint8_t {
    none,
    // Containers that introduce errors or their context.
    error_member,  // "error": an error object, or a text
    error_list,    // "errors": a list of error objects or texts
    meta,          // 360dialog's envelope
    detail,        // a root "detail": a text, a FastAPI list, or a wrapper object
    statuses,      // lists whose items give context to the errors inside them
    messages,
    failed_users,
    history,
    metadata,
    // Text fields of an error, each spelling its own slot (finish() picks by priority).
    message,
    developer_message_camel,
    developer_message_snake,
    msg,
    title,
    type,
    details,  // beside the code (or a list of texts, as the Partner API sends)
    fbtrace_id,
    href,
    user_title,    // Graph's error_user_title
    user_message,  // Graph's error_user_msg
    error_data,    // an object (its details) or a text
    data_details,
    data_real_message,
    // Numbers of an error (numbers or numeric texts).
    code,
    subcode,
    http_code_camel,
    http_code_snake,
    is_transient,
    // The meta envelope's own keys.
    success,
    embedded_error,  // meta.error: Meta's error as a JSON text
    // Context, from the item the error sits in.
    message_id,
    recipient_id,
    recipient_fallback,  // failed_users[].input, when wa_id is missing
    user_id,             // the business-scoped user id (BSUID)
    status,
    biz_opaque_callback_data,
    phone_number_id,
};

// True for a key whose presence makes an object look like an error (a bare error needs a code
// and one of these).
inline constexpr std::uint8_t describes = 1;

struct key_rule {
    std::string_view key{};
    std::uint16_t scopes{};  // where the key counts
    role what{};
    std::uint8_t flags = 0;
};

// clang-format off
inline constexpr key_rule vocabulary[] = {
    // Keys that introduce errors, wherever an object is walked.
    {"error",                    scope::walk,         role::error_member},
    {"errors",                   scope::walk,         role::error_list},
    {"meta",                     scope::walk,         role::meta},
    {"detail",                   scope::root,         role::detail},
    {"statuses",                 scope::walk,         role::statuses},
    {"messages",                 scope::walk,         role::messages},
    {"failed_users",             scope::walk,         role::failed_users},
    {"history",                  scope::walk,         role::history},
    {"metadata",                 scope::walk,         role::metadata},
    // An error's fields, in every spelling Meta, 360dialog and the On-Premises API use.
    {"message",                  scope::fields,       role::message,                 describes},
    {"developerMessage",         scope::fields,       role::developer_message_camel},
    {"developer_message",        scope::fields,       role::developer_message_snake},
    {"msg",                      scope::fields,       role::msg},
    {"title",                    scope::fields,       role::title,                   describes},
    {"type",                     scope::fields,       role::type,                    describes},
    {"details",                  scope::fields,       role::details,                 describes},
    {"fbtrace_id",               scope::fields,       role::fbtrace_id},
    {"href",                     scope::fields,       role::href},
    {"error_user_title",         scope::fields,       role::user_title},
    {"error_user_msg",           scope::fields,       role::user_message},
    {"error_data",               scope::fields,       role::error_data,              describes},
    {"code",                     scope::fields,       role::code},
    {"error_subcode",            scope::fields,       role::subcode,                 describes},
    {"httpCode",                 scope::fields,       role::http_code_camel},
    {"http_code",                scope::fields,       role::http_code_snake},
    {"is_transient",             scope::fields,       role::is_transient},
    {"details",                  scope::error_data,   role::data_details},
    {"real_message",             scope::error_data,   role::data_real_message},
    {"success",                  scope::meta,         role::success},
    {"error",                    scope::meta,         role::embedded_error},
    // Context: which message, which user, which business number.
    {"id",                       scope::status_item | scope::message_item, role::message_id},
    {"recipient_id",             scope::status_item,  role::recipient_id},
    {"recipient_user_id",        scope::status_item,  role::user_id},
    {"status",                   scope::status_item,  role::status},
    {"biz_opaque_callback_data", scope::status_item | scope::message_item, role::biz_opaque_callback_data},
    {"from",                     scope::message_item, role::recipient_id},
    {"from_user_id",             scope::message_item, role::user_id},
    {"wa_id",                    scope::failed_user,  role::recipient_id},
    {"input",                    scope::failed_user,  role::recipient_fallback},
    {"user_id",                  scope::failed_user,  role::user_id},
    {"phone_number_id",          scope::metadata,     role::phone_number_id},
};
// clang-format on

// The table's rules grouped by key length, in table order, so that a lookup compares only keys
// of the right length (the reader looks up every key of every body).
struct rules_by_length {
    static constexpr std::size_t longest = 32;  // no key in the table is longer
    std::uint8_t first[longest + 2] = {};       // rules of length n: order[first[n], first[n + 1])
    std::uint8_t order[std::size(vocabulary)] = {};

    constexpr rules_by_length() {
        std::size_t next = 0;
        for (std::size_t length = 0; length <= longest; ++length) {
            first[length] = static_cast<std::uint8_t>(next);
            for (std::size_t i = 0; i < std::size(vocabulary); ++i)
                if (vocabulary[i].key.size() == length) order[next++] = static_cast<std::uint8_t>(i);
        }
        first[longest + 1] = static_cast<std::uint8_t>(next);
    }
};
inline constexpr rules_by_length vocabulary_by_length{};
static_assert(vocabulary_by_length.first[rules_by_length::longest + 1] == std::size(vocabulary),
              "a vocabulary key is longer than rules_by_length::longest");

// The rule for `key` in a container read in `scopes`, or nullptr. Scopes that share a container
// never share a key, so the first match is the only one.
constexpr const key_rule* find_rule(std::string_view key, std::uint16_t scopes) noexcept {
    if (key.size() > rules_by_length::longest) return nullptr;
    const auto& index = vocabulary_by_length;
    for (std::size_t i = index.first[key.size()]; i < index.first[key.size() + 1]; ++i) {
        const key_rule& rule = vocabulary[index.order[i]];
        if ((rule.scopes & scopes) != 0 && rule.key == key) return &rule;
    }
    return nullptr;
}

constexpr bool introduces_error(role r) noexcept {
    return r == role::error_member || r == role::error_list || r == role::meta || r == role::detail;
}

// The keys at which the no-error scan stops, derived from the table: the keys that introduce
// errors, plus "code" (a bare error object), which counts only near the root. A handful of keys
// the scan checks at every key of every webhook, so they are gathered once, at compile time.
struct stop_keys {
    struct stop {
        std::string_view key{};
        bool near_root_only = false;
    };
    stop keys[std::size(vocabulary)] = {};
    std::size_t count = 0;
    std::size_t shortest = static_cast<std::size_t>(-1);
    std::size_t longest = 0;

    constexpr stop_keys() {
        for (const key_rule& rule : vocabulary) {
            const bool anywhere = introduces_error(rule.what) && (rule.scopes & scope::walk) != 0;
            const bool near_root = introduces_error(rule.what) || rule.what == role::code;
            if (near_root) add(rule.key, !anywhere);
        }
    }

private:
    constexpr void add(std::string_view key, bool near_root_only) {
        for (std::size_t i = 0; i < count; ++i) {
            if (keys[i].key != key) continue;
            keys[i].near_root_only = keys[i].near_root_only && near_root_only;  // anywhere wins
            return;
        }
        keys[count++] = {key, near_root_only};
        if (key.size() < shortest) shortest = key.size();
        if (key.size() > longest) longest = key.size();
    }
};
inline constexpr stop_keys no_error_stop_keys{};

// True when `key` could start an error: the no-error scan stops there. `near_root` may be
// generous: stopping costs only speed, the reader then decides.
constexpr bool may_introduce_error(std::string_view key, bool near_root) noexcept {
    if (key.size() < no_error_stop_keys.shortest || key.size() > no_error_stop_keys.longest) return false;
    for (std::size_t i = 0; i < no_error_stop_keys.count; ++i) {
        const auto& stop = no_error_stop_keys.keys[i];
        if (stop.key == key) return near_root || !stop.near_root_only;
    }
    return false;
}

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
