// SPDX-License-Identifier: MIT
// wa_errors::payload internals: the one reader, the mechanics of vocabulary.hpp's grammar (which
// keys count where, what each container becomes). A SAX handler: it never builds a DOM, keeps
// state per open container only (refusing nesting deeper than max_depth as it reads), and records
// each error as its object closes. Every event costs O(1) amortised, so the whole read is linear
// in the body.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../version.hpp"
#include "error_fields.hpp"
#include "quick_reader.hpp"
#include "records.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

class reader {
public:
    using json = nlohmann::json;

    // `nested`: reading the Meta error a 360dialog body carries as text (which embeds nothing).
    reader(record_list& out, bool nested) : out_(out), nested_(nested) {}

    // False when the text is not JSON or nests deeper than max_depth. The quick pass reads
    // plain JSON; when it gives up, what it recorded is undone and nlohmann reads the text,
    // repaired first (invalid UTF-8 and lone surrogate escapes become '?', numbers beyond
    // double's range null), and decides. A text
    // is thus read at most twice, and one mangled character costs nothing else.
    bool read(std::string_view text) {
        frames_.reserve(8);
        const std::size_t records_before = out_.records.size();
        const bool overflowed_before = out_.overflowed;
        if (quick_pass<reader>(text, *this).run()) return true;
        restart(records_before, overflowed_before);
        const std::optional<std::string> fixed = readable(text);
        const std::string_view readable = fixed ? std::string_view(*fixed) : text;
        return json::sax_parse(readable.data(), readable.data() + readable.size(), this);
    }

    // The root object's own fields when it was no bare error: a body without an error object
    // under an error status keeps its message ({"message": "Endpoint request timed out"}).
    error_fields& root_fields() noexcept { return root_fields_; }

    // SAX events.
    bool null() { return scalar(nullptr, std::nullopt, std::nullopt); }
    bool boolean(bool value) { return scalar(nullptr, std::nullopt, value); }
    bool number_integer(json::number_integer_t value) { return scalar(nullptr, value, std::nullopt); }
    bool number_unsigned(json::number_unsigned_t value) {
        return scalar(nullptr, code_from_unsigned(value), std::nullopt);
    }
    bool number_float(json::number_float_t value, const json::string_t&) {
        return scalar(nullptr, code_from_number(value), std::nullopt);
    }
    bool string(json::string_t& value) { return string_text(value); }
    bool binary(json::binary_t&) { return scalar(nullptr, std::nullopt, std::nullopt); }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& text) { return key_text(text); }
    // The same two events with the text as a view (the quick pass reads strings in place).
    bool key_text(std::string_view name);
    bool string_text(std::string_view value) { return scalar(&value, std::nullopt, std::nullopt); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

private:
    frame& top() noexcept { return frames_[depth_ - 1]; }

    error_fields* fields_of(target t) noexcept {
        switch (t) {
            case target::current: return &current_;
            case target::bare: return &bare_;
            case target::item: return &item_;
            default: return nullptr;
        }
    }
    // The object whose context a key fills: its own, or (metadata's keys) the one around it.
    frame* context_holder_of(const key_rule& rule) noexcept {
        if (rule.holder != context_holder::enclosing) return &top();
        return depth_ >= 2 ? &frames_[depth_ - 2] : nullptr;
    }
    static std::string& context_slot(frame& holder, const key_rule& rule) noexcept {
        return (rule.holder == context_holder::fallback ? holder.fallback : holder.context).*rule.context;
    }

    bool scalar(const std::string_view* text, std::optional<long long> number, std::optional<bool> flag);
    void restart(std::size_t records, bool overflowed);
    void drop(std::size_t from, std::size_t to);
    void add(error_fields& fields, shape where) { out_.add(fields, where, top().member_first); }
    bool open(bool is_object);
    bool close();
    void push(const opening& how, bool is_object, shape emits);
    void member_done(frame& f);
    void emit_text(std::string_view text, shape where);
    void finish_meta(frame& f);
    void apply_context(const frame& f);

    record_list& out_;
    bool nested_;
    std::vector<frame> frames_{};  // frames_[0, depth_) are open; the rest are kept for reuse
    std::size_t depth_ = 0;
    std::size_t skipped_ = 0;  // open containers below the frames that hold nothing to read
    std::uint64_t serial_ = 0;
    error_fields current_{}, bare_{}, item_{}, scratch_{}, root_fields_{};
    member_ranges ranges_{};
};

// Opens a container as its row says; one with nothing to read is skipped whole.
inline void reader::push(const opening& how, bool is_object, shape emits) {
    const bool walked = depth_ > 0 && (top().scopes & scope::walk) != 0;
    const bool inherits = (how.scopes & scope::walk_if_parent) != 0;
    const auto scopes = static_cast<std::uint16_t>((how.scopes ^ (inherits ? scope::walk_if_parent : 0)) |
                                                   (inherits && walked ? scope::walk : 0));
    const target into = how.into == target::parent ? top().into : how.into;
    if (scopes == 0 && into == target::none && how.items == role::none) {
        ++skipped_;
        return;
    }
    if (depth_ == frames_.size()) frames_.emplace_back();
    frame& f = frames_[depth_++];
    f.open(scopes, is_object, into, how.items, ++serial_, out_.records.size());
    f.emits = emits;
    if (error_fields* fields = fields_of(into); fields != nullptr && (scopes & scope::fields) != 0) fields->clear();
}

// Back to the state of a reader that has read nothing, the records it made undone.
inline void reader::restart(std::size_t records, bool overflowed) {
    out_.shrink_to(records);
    out_.overflowed = overflowed;
    depth_ = skipped_ = 0;
    for (error_fields* fields : {&current_, &bare_, &item_, &scratch_, &root_fields_}) fields->clear();
    ranges_ = member_ranges{};
}

// Drops the records [from, to) and, once as many records are dropped as max_errors allows to
// keep, compacts the list: dropped records leave it, and every index the reader holds (open
// frames, member ranges) is renumbered. Each compaction removes at least max_errors records, so
// it costs O(1) per record made. A nested reader (the Meta error inside a 360dialog envelope)
// never compacts: its caller holds indices of its own, and the embedded text is short anyway.
inline void reader::drop(std::size_t from, std::size_t to) {
    out_.drop(from, to);
    if (nested_ || out_.dead < max_errors) return;
    std::vector<record>& records = out_.records;
    std::vector<std::size_t> renumbered(records.size() + 1);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        renumbered[i] = kept;
        if (!records[i].dropped) {
            if (kept != i) records[kept] = std::move(records[i]);
            ++kept;
        }
    }
    renumbered[records.size()] = kept;
    out_.work += records.size();
    records.resize(kept);
    out_.dead = 0;
    for (std::size_t d = 0; d < depth_; ++d) {
        frames_[d].first_record = renumbered[frames_[d].first_record];
        frames_[d].member_first = renumbered[frames_[d].member_first];
    }
    // Open frames' serials grow with depth: a binary search tells whether an object is still open.
    const auto open = [this](std::uint64_t serial) {
        std::size_t low = 0, high = depth_;
        while (low < high) {
            const std::size_t mid = (low + high) / 2;
            if (frames_[mid].serial < serial)
                low = mid + 1;
            else
                high = mid;
        }
        return low < depth_ && frames_[low].serial == serial;
    };
    ranges_.renumber(
        open, [&](std::size_t i) { return renumbered[i]; }, out_.work);
}

inline bool reader::key_text(std::string_view name) {
    ++out_.work;
    if (skipped_ > 0) return true;
    frame& f = top();
    if (f.keyed) {
        if (const auto earlier = ranges_.take(f.serial, name)) drop(earlier->first, earlier->second);
    }
    f.member_first = out_.records.size();
    if ((f.scopes & scope::walk) != 0) f.key.assign(name);
    const key_rule* rule = find_rule(name, f.scopes);
    f.rule = rule;
    f.pending = rule != nullptr ? rule->what : role::none;
    if (rule == nullptr) return true;
    if (error_fields* fields = fields_of(f.into)) forget(*fields, rule->what);
    if (rule->context != nullptr) {
        if (frame* holder = context_holder_of(*rule)) context_slot(*holder, *rule).clear();
    }
    if (rule->flags & describes) f.describes = true;
    if (rule->flags & disqualifies) f.disqualified = true;
    switch (rule->what) {
        case role::code: f.code_seen = f.code_scalar = true; break;
        case role::msg: f.has_msg = true; break;
        case role::developer_message_camel:
        case role::developer_message_snake: f.has_developer_message = true; break;
        case role::success: f.success.reset(); break;
        case role::embedded_error: f.embedded.clear(); break;
        default: break;
    }
    return true;
}

inline bool reader::scalar(const std::string_view* text, std::optional<long long> number, std::optional<bool> flag) {
    ++out_.work;
    if (skipped_ > 0 || depth_ == 0) return true;
    frame& f = top();
    const role r = f.pending;
    if (error_fields* fields = fields_of(f.into)) {
        if (text != nullptr) take_text(*fields, r, *text);
        if (number) take_number(*fields, r, number);
        if (flag && r == role::is_transient) fields->is_transient = flag;
    }
    if (text != nullptr) {
        if (const container_rule& c = container_of(r); c.text_is_error) emit_text(*text, c.emits);
        if (r == role::embedded_error) f.embedded = *text;
        if (r == role::context) {
            if (frame* holder = context_holder_of(*f.rule)) {
                // Context is copied into every error of its item: bounded here, see max_context_bytes.
                context_slot(*holder, *f.rule) = utf8_prefix(*text, max_context_bytes);
                holder->has_context = true;
            }
        }
    }
    if (flag && r == role::success) f.success = flag;
    if (f.is_object) member_done(f);
    return true;
}

// A container opens as the row of its role says: a member's role for an object's value, the
// array's item role for an item.
inline bool reader::open(bool is_object) {
    ++out_.work;
    if (depth_ + skipped_ >= static_cast<std::size_t>(max_depth)) return false;  // refused while reading
    if (skipped_ > 0) {
        ++skipped_;
        return true;
    }
    const role r = depth_ == 0 ? role::document : top().pending;
    if (depth_ > 0 && r == role::code) top().code_scalar = false;  // a bare error's code is a number or a text
    const container_rule& c = container_of(r);
    push(is_object ? c.object : c.array, is_object, c.emits);
    return true;
}

inline bool reader::close() {
    ++out_.work;
    if (skipped_ > 0) {
        if (--skipped_ == 0 && depth_ > 0) member_done(top());
        return true;
    }
    frame& f = top();
    if ((f.scopes & scope::error) != 0) {
        add(current_, f.emits);
    } else if ((f.scopes & scope::meta) != 0) {
        finish_meta(f);
    } else if (f.is_object) {
        if ((f.scopes & scope::candidate) != 0) {
            if (!f.disqualified && f.code_seen && f.code_scalar && f.describes) {
                drop(f.first_record, out_.records.size());  // a bare error is one error, as a whole
                add(bare_, shape::bare);
            } else if (depth_ == 1) {
                root_fields_ = std::move(bare_);
            }
            bare_.clear();
        }
        if ((f.scopes & scope::fastapi_item) != 0) {
            if (f.has_msg) {
                drop(f.first_record, out_.records.size());
                add(item_, shape::detail);
            }
            item_.clear();
        }
        if (f.has_context) apply_context(f);
    }
    --depth_;
    if (depth_ > 0) member_done(top());
    return true;
}

inline void reader::member_done(frame& f) {
    if (f.is_object && (f.scopes & scope::walk) != 0 && out_.records.size() > f.member_first) {
        ranges_.remember(f, out_.records.size());
        f.keyed = true;
    }
}

inline void reader::emit_text(std::string_view text, shape where) {
    scratch_[role::message] = text;
    add(scratch_, where);
}

// Context fills in what inner items left empty, so the innermost item wins; the item's fallback
// fills in what the item itself leaves empty.
inline void reader::apply_context(const frame& f) {
    for (std::size_t i = f.first_record; i < out_.records.size(); ++i) {
        ++out_.work;
        record& r = out_.records[i];
        if (r.dropped || r.refused) continue;
        for (std::size_t n = 0; n < context_fields.count; ++n) {
            std::string error_context::*field = context_fields.fields[n];
            std::string& slot = r.context.*field;
            if (slot.empty()) slot = !(f.context.*field).empty() ? f.context.*field : f.fallback.*field;
        }
    }
}

// 360dialog's {"meta": {"success": false, "http_code": 400, "developer_message": "..."}}; an
// On-Premises {"meta": {"api_status": ..., "version": ...}} is no error. When the envelope carries
// Meta's own error as JSON text (in "error", or as "Invalid payload (<json>)"), that error is
// read, so its code and subcode are not lost.
inline void reader::finish_meta(frame& f) {
    const bool failed = f.has_developer_message || (f.success && !*f.success);
    if (!failed) {
        current_.clear();
        return;
    }
    if (!nested_) {
        std::string_view inner = f.embedded;
        if (inner.empty()) {
            constexpr std::string_view prefix = "Invalid payload (";
            std::string_view said = current_[role::developer_message_snake];
            if (said.empty()) said = current_[role::developer_message_camel];
            if (said.substr(0, prefix.size()) == prefix && said.size() > prefix.size() && said.back() == ')')
                inner = said.substr(prefix.size(), said.size() - prefix.size() - 1);
        }
        if (!inner.empty()) {
            const std::size_t before = out_.records.size();
            reader nested(out_, true);
            bool found = nested.read(inner);  // not JSON after all: the envelope is the error
            if (found) {
                // Errors the embedded text itself dropped (a duplicate key) don't count either.
                found = false;
                for (std::size_t i = before; i < out_.records.size() && !found; ++i) found = !out_.records[i].dropped;
            }
            if (!found) {
                out_.shrink_to(before);
            } else {
                for (std::size_t i = before; i < out_.records.size(); ++i) {
                    record& r = out_.records[i];
                    r.where = shape::meta_embedded;
                    for (role n : {role::http_code_camel, role::http_code_snake})
                        if (!*r.fields.number_of(n)) *r.fields.number_of(n) = *current_.number_of(n);
                }
                current_.clear();
                return;
            }
        }
    }
    add(current_, shape::meta);
}

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
