// SPDX-License-Identifier: MIT
// wa_errors::payload internals: what the reader keeps while it reads. Errors are recorded raw as
// they close and classified only at the end, because their context (a status item's recipient,
// the value's phone number id) may come after them in the object.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../parsed_error.hpp"
#include "../version.hpp"
#include "error_fields.hpp"
#include "vocabulary.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

struct record {
    error_fields fields{};
    error_context context{};
    shape where = shape::error_member;
    bool dropped = false;  // its member was replaced by a later duplicate key, or it sat inside a bare error
    bool refused = false;  // no error: errors refused here because max_errors were kept already
};

// The records of one body (and of the Meta error a 360dialog body embeds as text). Only kept
// records count toward max_errors: a dropped one frees its place, and the reader compacts the
// list once enough are dropped, so that neither the cap nor memory is spent on errors a DOM
// would not hold. An error refused at the cap leaves a `refused` mark where it would have been,
// so that `truncated` is withdrawn when that part of the body is dropped too.
struct record_list {
    std::vector<record> records{};
    std::size_t kept = 0;      // records neither dropped nor refused
    std::size_t refusals = 0;  // refused marks not dropped
    std::size_t dead = 0;      // dropped records and marks, until the reader compacts the list
    bool overflowed = false;   // more refused marks than max_errors: truncated, whatever is dropped
    std::size_t work = 0;      // reader events and bookkeeping steps: linear in the body, tests check it

    bool truncated() const noexcept { return overflowed || refusals > 0; }

    // Takes the fields and leaves `fields` empty for the next error. `since`: where the member
    // being read began; a refusal after a refused mark made since then needs no mark of its own,
    // as whatever drops that mark drops this refusal too.
    void add(error_fields& fields, shape where, std::size_t since) {
        if (kept < max_errors) {
            records.push_back(record{std::exchange(fields, error_fields{}), {}, where, false, false});
            ++kept;
            return;
        }
        fields.clear();
        if (!records.empty() && records.back().refused && !records.back().dropped && records.size() - 1 >= since)
            return;
        if (refusals >= max_errors) {
            overflowed = true;  // marks are bounded too: past this, truncated stays (never too few)
            return;
        }
        records.push_back(record{{}, {}, where, false, true});
        ++refusals;
    }

    void drop(std::size_t from, std::size_t to) noexcept {
        for (std::size_t i = from; i < to && i < records.size(); ++i) {
            ++work;
            record& r = records[i];
            if (r.dropped) continue;
            r.dropped = true;
            ++dead;
            --(r.refused ? refusals : kept);
        }
    }

    // Undoes the records from `size` on (a read that starts over, or embedded text that was no JSON).
    void shrink_to(std::size_t size) {
        for (std::size_t i = size; i < records.size(); ++i) {
            const record& r = records[i];
            --(r.dropped ? dead : r.refused ? refusals : kept);
        }
        records.resize(size);
    }
};

// One open container.
struct frame {
    std::uint16_t scopes = 0;  // see vocabulary.hpp
    bool is_object = false;
    target into = target::none;
    role pending = role::none;       // objects: what the member being read is; arrays: every item
    const key_rule* rule = nullptr;  // objects: the member's key rule
    shape emits = shape::error_member;
    std::size_t first_record = 0;  // records made while this container was open start here
    std::size_t member_first = 0;  // ... and while its current member was read
    std::uint64_t serial = 0;      // tells reused frames apart in the duplicate-key map
    bool keyed = false;            // some member made records, so duplicate keys must be looked up
    // An object that may be a bare error (root) or a FastAPI item, decided when it closes.
    bool code_seen = false, code_scalar = false, describes = false, disqualified = false, has_msg = false;
    // The meta envelope.
    std::optional<bool> success{};
    bool has_developer_message = false;
    std::string embedded{};
    // Context for the errors inside, applied when the object closes (keys come in any order).
    bool has_context = false;
    error_context context{};
    error_context fallback{};  // fills what `context` leaves empty (failed_users[].input for wa_id)
    std::string key{};         // the current member's key, for walked objects

    void open(std::uint16_t s, bool object, target t, role items, std::uint64_t number, std::size_t records) {
        scopes = s;
        is_object = object;
        into = t;
        pending = items;
        rule = nullptr;
        first_record = member_first = records;
        serial = number;
        keyed = code_seen = code_scalar = describes = disqualified = has_msg = false;
        success.reset();
        has_developer_message = false;
        embedded.clear();
        if (has_context) {
            context = fallback = error_context{};
            has_context = false;
        }
        key.clear();
    }
};

// The ranges of records each member of a walked object produced, so that a later duplicate key
// drops them (as a DOM would keep only the last value). Only members that produced records are
// remembered: at most a few per error.
class member_ranges {
public:
    void remember(const frame& f, std::size_t to) {
        set_key(f.serial, f.key);
        ranges_[scratch_] = {f.member_first, to};
    }
    // The records an earlier member with this key made, forgotten once returned.
    std::optional<std::pair<std::size_t, std::size_t>> take(std::uint64_t serial, std::string_view key) {
        set_key(serial, key);
        const auto it = ranges_.find(scratch_);
        if (it == ranges_.end()) return std::nullopt;
        const auto range = it->second;
        ranges_.erase(it);
        return range;
    }

    // After the record list was compacted: every range renumbered by `to` (old index to new),
    // and forgotten when it now holds no record or its object has closed (`open(serial)` false).
    template <class Open, class To>
    void renumber(Open&& open, To&& to, std::size_t& work) {
        for (auto it = ranges_.begin(); it != ranges_.end();) {
            ++work;
            std::uint64_t serial = 0;
            std::memcpy(&serial, it->first.data(), sizeof serial);
            auto& [from, until] = it->second;
            from = to(from);
            until = to(until);
            if (from == until || !open(serial))
                it = ranges_.erase(it);
            else
                ++it;
        }
    }

private:
    void set_key(std::uint64_t serial, std::string_view key) {
        scratch_.assign(reinterpret_cast<const char*>(&serial), sizeof serial);
        scratch_.append(key);
    }
    std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> ranges_{};
    std::string scratch_{};
};

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
