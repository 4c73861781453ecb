// SPDX-License-Identifier: MIT
// wa_errors::payload internals: THE payload grammar, as data. Two tables: `vocabulary`, every key
// the reader reacts to, where it counts, what its value is and which context field it fills; and
// `containers`, what each kind of value becomes when it is an object or an array (which scopes
// its keys are read in, which error its fields go to, what the items of an array are). The reader
// (reader.hpp) only walks these tables; the no-error scan derives its key set from the first.
//
// A new webhook list whose items carry context, e.g. `"calls": [{"id": ..., "errors": [...]}]`,
// is one scope bit, two roles, one key row, one container row per level, and a key row per
// context key (here the existing "id" row gains the new scope):
//     scope:      call_item = 4096
//     role:       calls, call_item
//     vocabulary: {"calls", scope::walk, role::calls},
//                 {"id", scope::status_item | scope::message_item | scope::call_item, role::context, 0,
//                  &error_context::message_id},
//     containers: {role::calls, {scope::walk}, {scope::walk, target::none, role::call_item}},
//                 {role::call_item, {scope::walk | scope::call_item}, {scope::walk}},
// A new context field is one member of error_context (parsed_error.hpp) and its key rows; the
// reader hands every field some key fills down to the errors of its item (context_fields below).
// The differential fuzzer's DOM oracle states the same grammar independently, on purpose.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../parsed_error.hpp"
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
// In a container row only, never on an open container: `walk` when the parent is walked.
inline constexpr std::uint16_t walk_if_parent = 0x8000;
}  // namespace scope

// What a value is: the value of a key (from the vocabulary), or an item of an array (from the
// array's container row). What a role's value becomes when it is an object or an array is its
// row in `containers`; a role without a row opens an ordinary container.
enum class role : std::uint8_t {
    none,  // nothing the reader knows: walked when its parent is, skipped otherwise
    // Containers that hold errors or their context.
    document,      // the whole body
    root_item,     // an item of a root array: may be a bare error
    error_member,  // "error": an error object, or a text
    error_list,    // "errors": a list of error objects or texts
    error_item,    // an item of errors[]
    meta,          // 360dialog's envelope
    detail,        // a root "detail": a text, a FastAPI list, or a wrapper object
    fastapi_item,  // an item of a root detail[]: a validation error {"loc", "msg", "type"}
    statuses,      // lists whose items give context to the errors inside them
    status_item,
    messages,
    message_item,
    failed_users,
    failed_user,
    history,
    history_item,
    metadata,
    details_item,  // an item of the Partner API's details list: a text joined into the error's details
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
    // Context, from the item the error sits in: the key row names the error_context field.
    context,
};

// Key flags. `describes`: the key makes an object look like an error (a bare error needs a code
// and one of these). `disqualifies`: an object holding it is a container of errors, no bare error.
inline constexpr std::uint8_t describes = 1;
inline constexpr std::uint8_t disqualifies = 2;

// Whose context a key fills: the object it is in; that object's fallback (used where the object
// itself leaves a field empty); or the object around it (a webhook value, for its metadata).
enum class context_holder : std::uint8_t { item, fallback, enclosing };

struct key_rule {
    std::string_view key{};
    std::uint16_t scopes{};  // where the key counts
    role what{};
    std::uint8_t flags = 0;
    // The context field the key's text fills (role::context), or that a new value of the key
    // clears (every key that has one: a later duplicate or a new metadata replaces the old).
    std::string error_context::*context = nullptr;
    context_holder holder = context_holder::item;
};

// clang-format off
inline constexpr key_rule vocabulary[] = {
    // Keys that introduce errors, wherever an object is walked.
    {"error",                    scope::walk,         role::error_member,            disqualifies},
    {"errors",                   scope::walk,         role::error_list,              disqualifies},
    {"meta",                     scope::walk,         role::meta},
    {"detail",                   scope::root,         role::detail},
    {"statuses",                 scope::walk,         role::statuses},
    {"messages",                 scope::walk,         role::messages},
    {"failed_users",             scope::walk,         role::failed_users},
    {"history",                  scope::walk,         role::history},
    {"metadata",                 scope::walk,         role::metadata, 0, &error_context::phone_number_id},
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
    {"id",                       scope::status_item | scope::message_item, role::context, 0, &error_context::message_id},
    {"recipient_id",             scope::status_item,  role::context, 0, &error_context::recipient_id},
    {"recipient_user_id",        scope::status_item,  role::context, 0, &error_context::user_id},
    {"status",                   scope::status_item,  role::context, 0, &error_context::status},
    {"biz_opaque_callback_data", scope::status_item | scope::message_item, role::context, 0, &error_context::biz_opaque_callback_data},
    {"from",                     scope::message_item, role::context, 0, &error_context::recipient_id},
    {"from_user_id",             scope::message_item, role::context, 0, &error_context::user_id},
    {"wa_id",                    scope::failed_user,  role::context, 0, &error_context::recipient_id},
    {"input",                    scope::failed_user,  role::context, 0, &error_context::recipient_id, context_holder::fallback},
    {"user_id",                  scope::failed_user,  role::context, 0, &error_context::user_id},
    {"phone_number_id",          scope::metadata,     role::context, 0, &error_context::phone_number_id, context_holder::enclosing},
};
// clang-format on

// Every error_context field some key fills, once each: what an item hands down to its errors.
struct filled_context_fields {
    std::string error_context::*fields[std::size(vocabulary)] = {};
    std::size_t count = 0;

    constexpr filled_context_fields() {
        for (const key_rule& rule : vocabulary) {
            bool known = rule.context == nullptr;
            for (std::size_t i = 0; i < count && !known; ++i) known = fields[i] == rule.context;
            if (!known) fields[count++] = rule.context;
        }
    }
};
inline constexpr filled_context_fields context_fields{};

// Which error a container's fields are written to: none, the error object being read, the
// object that may turn out to be a bare error, the FastAPI item, or the same as the parent's.
enum class target : std::uint8_t { none, current, bare, item, parent };

// What a container becomes when it opens. A container with no scope, no target and no items
// holds nothing to read: the reader skips it whole.
struct opening {
    std::uint16_t scopes = scope::walk_if_parent;  // the scopes its keys are read in
    target into = target::none;
    role items = role::none;  // arrays: what each item is
};

struct container_rule {
    role what{};
    opening object{};
    opening array{};
    // The records an error object (scope::error) or a text value of this role makes.
    shape emits = shape::error_member;
    bool text_is_error = false;  // a text value is an error message by itself
};

inline constexpr opening skipped{0};

// One row per kind of container: what it becomes as an object, what it becomes as an array (with
// what the array's items are), and the shape of the errors it makes. `{}` is an ordinary
// container, walked when its parent is; `skipped` holds nothing to find (an array under "error").
// clang-format off
inline constexpr container_rule containers[] = {
    {role::document,     {scope::walk | scope::root | scope::candidate, target::bare}, {scope::walk, target::none, role::root_item}},
    {role::root_item,    {scope::walk | scope::candidate, target::bare},   {scope::walk}},
    {role::error_member, {scope::error, target::current},                  skipped,                                         shape::error_member, true},
    {role::error_list,   {scope::walk},                                    {scope::walk, target::none, role::error_item}},
    {role::error_item,   {scope::error, target::current},                  skipped,                                         shape::errors_item,  true},
    {role::meta,         {scope::meta, target::current},                   {scope::walk},                                   shape::meta},
    {role::detail,       {scope::walk},                                    {scope::walk, target::none, role::fastapi_item}, shape::detail,       true},
    {role::fastapi_item, {scope::walk | scope::fastapi_item, target::item}, {scope::walk}},
    {role::statuses,     {scope::walk},                                    {scope::walk, target::none, role::status_item}},
    {role::status_item,  {scope::walk | scope::status_item},               {scope::walk}},
    {role::messages,     {scope::walk},                                    {scope::walk, target::none, role::message_item}},
    {role::message_item, {scope::walk | scope::message_item},              {scope::walk}},
    {role::failed_users, {scope::walk},                                    {scope::walk, target::none, role::failed_user}},
    {role::failed_user,  {scope::walk | scope::failed_user},               {scope::walk}},
    {role::history,      {scope::walk},                                    {scope::walk, target::none, role::history_item}},
    {role::history_item, {scope::walk | scope::history_item},              {scope::walk}},
    {role::metadata,     {scope::walk | scope::metadata},                  {scope::walk}},
    // An error's own containers: their fields go to the same error.
    {role::error_data,   {scope::error_data | scope::walk_if_parent, target::parent}, {}},
    {role::details,      {},                                               {scope::walk_if_parent, target::parent, role::details_item}},
};
// clang-format on

// The row of every role, found by index (the reader opens one per container): roles without a
// row are containers of nothing the reader knows.
struct containers_by_role {
    static constexpr std::uint8_t none = 0xff;
    std::array<std::uint8_t, static_cast<std::size_t>(role::context) + 1> row{};

    constexpr containers_by_role() {
        for (std::uint8_t& r : row) r = none;
        for (std::size_t i = 0; i < std::size(containers); ++i)
            row[static_cast<std::size_t>(containers[i].what)] = static_cast<std::uint8_t>(i);
    }
};
inline constexpr containers_by_role container_rows{};
inline constexpr container_rule other_container{};

constexpr const container_rule& container_of(role r) noexcept {
    const std::uint8_t i = container_rows.row[static_cast<std::size_t>(r)];
    return i == containers_by_role::none ? other_container : containers[i];
}

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
