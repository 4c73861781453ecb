// SPDX-License-Identifier: MIT
// libFuzzer target: payload::parse against a plain nlohmann DOM reference that applies the same
// shape rules by walking the whole tree. Both must agree on the status and on every error found:
// its code, the shape it came from and its context (the path that led to it). Order is compared
// as a multiset, since a DOM (std::map) does not keep document order. It also holds the reader's
// quick pass to nlohmann's events wherever the pass finishes.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>
#include <wa_errors/payload.hpp>

#include "../tests/support/sax_recorder.hpp"

namespace {

namespace payload = wa_errors::payload;
namespace d = wa_errors::payload::detail;
using json = nlohmann::json;

void check(bool condition) {
    if (!condition) __builtin_trap();
}

using found = std::tuple<std::optional<long long>, payload::shape, std::string, std::string, std::string, std::string,
                         std::string, std::string>;

found key_of(std::optional<long long> code, payload::shape where, const payload::error_context& c) {
    return {
        code, where, c.message_id, c.recipient_id, c.user_id, c.phone_number_id, c.status, c.biz_opaque_callback_data};
}

int depth_of(const json& v) {
    int deepest = 0;
    if (v.is_structured())
        for (const auto& item : v) deepest = std::max(deepest, depth_of(item));
    return v.is_structured() ? deepest + 1 : 0;
}

std::string text(const json& o, const char* key) {
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<long long> number(const json& v) {
    if (v.is_string()) return d::code_from_text(v.get<std::string>());
    if (v.is_number_unsigned()) return d::code_from_unsigned(v.get<std::uint64_t>());
    if (v.is_number_integer()) return v.get<long long>();
    if (v.is_number_float()) return d::code_from_number(v.get<double>());
    return std::nullopt;
}

std::optional<long long> code_of(const json& error) {
    if (error.is_string()) return d::code_from_message(error.get<std::string>());
    if (const auto it = error.find("code"); it != error.end())
        if (const auto code = number(*it)) return code;
    for (const char* key : {"message", "developerMessage", "developer_message", "msg"})
        if (const std::string m = text(error, key); !m.empty()) return d::code_from_message(m);
    return std::nullopt;
}

struct reference {
    std::vector<found> out;
    bool nested = false;

    void emit(const json& error, payload::shape where, const payload::error_context& c) {
        out.push_back(key_of(code_of(error), where, c));
    }

    // Context strings are cut as the reader cuts them (payload::max_context_bytes).
    static void set(std::string& slot, const std::string& value) {
        if (!value.empty()) slot = std::string(d::utf8_prefix(value, payload::max_context_bytes));
    }

    enum class item { none, status, message, failed_user };

    void walk(const json& v, const payload::error_context& c) {
        if (v.is_object())
            object(v, c, false, false, false, item::none);
        else if (v.is_array())
            for (const auto& x : v) walk(x, c);
    }

    void root(const json& v) {
        if (v.is_object())
            object(v, {}, true, true, false, item::none);
        else if (v.is_array())
            for (const auto& x : v) {
                if (x.is_object())
                    object(x, {}, false, true, false, item::none);
                else
                    walk(x, {});
            }
    }

    void meta(const json& m, const payload::error_context& c) {
        const auto success = m.find("success");
        const bool failed = m.contains("developerMessage") || m.contains("developer_message") ||
                            (success != m.end() && success->is_boolean() && !success->get<bool>());
        if (!failed) return;
        if (!nested) {
            std::string inner = text(m, "error");
            if (inner.empty()) {
                std::string said = text(m, "developer_message");
                if (said.empty()) said = text(m, "developerMessage");
                const std::string prefix = "Invalid payload (";
                if (said.size() > prefix.size() && said.compare(0, prefix.size(), prefix) == 0 && said.back() == ')')
                    inner = said.substr(prefix.size(), said.size() - prefix.size() - 1);
            }
            if (!inner.empty()) {
                const auto fixed = d::readable(inner);
                const json doc = json::parse(fixed ? *fixed : inner, nullptr, false);
                if (!doc.is_discarded() && depth_of(doc) <= d::max_depth) {
                    reference sub;
                    sub.nested = true;
                    sub.root(doc);
                    if (!sub.out.empty()) {
                        for (auto& f : sub.out) {
                            std::get<1>(f) = payload::shape::meta_embedded;
                            auto& [code, where, id, recipient, user, phone, status, opaque] = f;
                            (void)code;
                            (void)where;
                            if (id.empty()) id = c.message_id;
                            if (recipient.empty()) recipient = c.recipient_id;
                            if (user.empty()) user = c.user_id;
                            if (phone.empty()) phone = c.phone_number_id;
                            if (status.empty()) status = c.status;
                            if (opaque.empty()) opaque = c.biz_opaque_callback_data;
                            out.push_back(f);
                        }
                        return;
                    }
                }
            }
        }
        emit(m, payload::shape::meta, c);
    }

    void object(const json& o, payload::error_context c, bool is_root, bool candidate, bool fastapi, item kind) {
        if (kind == item::status || kind == item::message) {
            set(c.message_id, text(o, "id"));
            set(c.biz_opaque_callback_data, text(o, "biz_opaque_callback_data"));
        }
        if (kind == item::status) {
            set(c.recipient_id, text(o, "recipient_id"));
            set(c.user_id, text(o, "recipient_user_id"));
            set(c.status, text(o, "status"));
        } else if (kind == item::message) {
            set(c.recipient_id, text(o, "from"));
            set(c.user_id, text(o, "from_user_id"));
        } else if (kind == item::failed_user) {
            const std::string wa_id = text(o, "wa_id");
            set(c.recipient_id, wa_id.empty() ? text(o, "input") : wa_id);
            set(c.user_id, text(o, "user_id"));
        }
        if (const auto m = o.find("metadata"); m != o.end() && m->is_object())
            set(c.phone_number_id, text(*m, "phone_number_id"));
        if (candidate) {
            const auto code = o.find("code");
            bool describes = false;
            for (const char* key : {"message", "title", "type", "details", "error_data", "error_subcode"})
                describes = describes || o.contains(key);
            if (code != o.end() && !code->is_structured() && describes && !o.contains("error") &&
                !o.contains("errors")) {
                emit(o, payload::shape::bare, c);
                return;
            }
        }
        if (fastapi && o.contains("msg")) {
            emit(o, payload::shape::detail, c);
            return;
        }
        for (const auto& [key, value] : o.items()) {
            if (key == "error") {
                if (value.is_object() || value.is_string()) emit(value, payload::shape::error_member, c);
            } else if (key == "errors" && value.is_array()) {
                for (const auto& e : value)
                    if (e.is_object() || e.is_string()) emit(e, payload::shape::errors_item, c);
            } else if (key == "meta" && value.is_object()) {
                meta(value, c);
            } else if (key == "detail" && is_root && value.is_string()) {
                emit(value, payload::shape::detail, c);
            } else if (key == "detail" && is_root && value.is_array()) {
                for (const auto& x : value) {
                    if (x.is_object())
                        object(x, c, false, false, true, item::none);
                    else
                        walk(x, c);
                }
            } else if ((key == "statuses" || key == "messages" || key == "failed_users" || key == "history") &&
                       value.is_array()) {
                const item k = key == "statuses"       ? item::status
                               : key == "messages"     ? item::message
                               : key == "failed_users" ? item::failed_user
                                                       : item::none;
                for (const auto& x : value) {
                    if (x.is_object())
                        object(x, c, false, false, false, k);
                    else
                        walk(x, c);
                }
            } else {
                walk(value, c);
            }
        }
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    const int status = size == 0 ? 0 : (data[0] % 4 == 0 ? 0 : data[0] % 4 == 1 ? 200 : 400 + data[0] % 100);
    const payload::parse_result ours = payload::parse(raw, status);

    // Where the reader's quick pass finishes, nlohmann accepts the text and sends the same events.
    wa_errors_test::sax_recorder quick;
    if (d::quick_pass<wa_errors_test::sax_recorder>(raw, quick).run()) {
        wa_errors_test::sax_recorder reference;
        check(json::sax_parse(raw.data(), raw.data() + raw.size(), &reference));
        check(quick.events == reference.events);
    }

    const auto fixed = d::readable(raw);
    const std::string_view body = fixed ? std::string_view(*fixed) : raw;
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || depth_of(doc) > d::max_depth) {
        check(ours.status == payload::parse_status::not_json);
        return 0;
    }
    check(ours.status != payload::parse_status::not_json);
    if (ours.truncated) return 0;  // which max_errors of them are kept depends on document order
    reference ref;
    ref.root(doc);
    if (ref.out.empty() && status >= 400)
        ref.out.push_back(key_of(doc.is_object() ? code_of(doc) : std::nullopt, payload::shape::by_status, {}));
    std::vector<found> mine;
    for (const auto& e : ours.errors) mine.push_back(key_of(e.code, e.shape, e.context));
    std::sort(mine.begin(), mine.end());
    std::sort(ref.out.begin(), ref.out.end());
    check(mine == ref.out);
    return 0;
}
