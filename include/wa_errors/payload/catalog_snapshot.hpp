// SPDX-License-Identifier: MIT
// wa_errors::payload::catalog_snapshot: one catalog file (data/errors.json's format) read at run
// time and laid over the compiled-in table, searched by the same algorithm as classify().
// catalog_overlay.hpp holds the current one for a service and replaces it while others classify.
// Needs nlohmann_json (CMake target wa_errors::payload).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "../catalog.gen.hpp"  // the compiled-in entries it lays the file over, in both build modes
#include "../lookup.hpp"
#include "../pacing.hpp"
#include "../version.hpp"
#include "catalog_coverage.hpp"
#include "catalog_model.hpp"
#include "catalog_reader.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload {

// A catalog file laid over the compiled-in table:
//  - classification follows the file alone: a code it adds classifies to its entry, an entry it
//    changes classifies as changed, a code it drops falls back to the generic entries;
//  - an id means what it meant: an id the table has keeps its source, code and subcode (a file
//    that gives it another is refused), and an id the file no longer lists is still found by
//    find(id), as the compiled-in entry;
//  - an entry the file leaves as it is *is* the compiled-in one (the same object), so only new
//    and changed entries take memory.
// Immutable once built, so any number of threads may use one at once.
class catalog_snapshot {
public:
    // The compiled-in table alone: every lookup answers as the free functions do.
    catalog_snapshot() = default;
    // Its entries view its own strings: it stays where it was built.
    catalog_snapshot(const catalog_snapshot&) = delete;
    catalog_snapshot& operator=(const catalog_snapshot&) = delete;
    catalog_snapshot(catalog_snapshot&&) = delete;
    catalog_snapshot& operator=(catalog_snapshot&&) = delete;
    ~catalog_snapshot() = default;

    // Reads and checks `json_text` with the generator's rules (catalog_reader.hpp) and lays it
    // over the compiled-in table. On a problem: the message, naming `file_name`, entry and field.
    [[nodiscard]] static std::variant<std::shared_ptr<const catalog_snapshot>, std::string> read(
        std::string_view json_text, const std::string& file_name) {
        auto parsed = catalog_file::read(json_text, file_name);
        if (auto* problem = std::get_if<std::string>(&parsed)) return std::move(*problem);
        auto snapshot = std::make_shared<catalog_snapshot>();
        if (auto problem = snapshot->build(std::move(std::get<catalog_file::model>(parsed)), file_name))
            return std::move(*problem);
        return std::shared_ptr<const catalog_snapshot>(std::move(snapshot));
    }

    // classify(), find() and catalog_version() of lookup.hpp, over this catalog.
    [[nodiscard]] const error_info& classify(const error_ref& ref) const noexcept {
        return loaded_ ? wa_errors::detail::classify_in(tables_, ref) : wa_errors::classify(ref);
    }
    [[nodiscard]] const error_info* find(long long meta_code) const noexcept {
        if (!loaded_) return wa_errors::find(meta_code);
        const wa_errors::detail::code_slot* slot = wa_errors::detail::code_or_subcode(tables_, meta_code);
        return slot != nullptr ? slot->primary : nullptr;
    }
    [[nodiscard]] const error_info* find(long long meta_code, long long subcode) const noexcept {
        if (!loaded_) return wa_errors::find(meta_code, subcode);
        const wa_errors::detail::code_slot* slot = tables_.subcodes().find(meta_code, subcode);
        return slot != nullptr ? slot->primary : nullptr;
    }
    // The entry with this id: the file's, else a compiled-in entry the file no longer lists.
    [[nodiscard]] const error_info* find(std::string_view id) const noexcept {
        if (!loaded_) return wa_errors::find(id);
        if (const error_info* entry = wa_errors::detail::by_id(tables_, id)) return entry;
        const auto it = std::lower_bound(retired_.begin(), retired_.end(), id,
                                         [](const error_info* e, std::string_view wanted) { return e->id < wanted; });
        return it != retired_.end() && (*it)->id == id ? *it : nullptr;
    }
    [[nodiscard]] std::string_view version() const noexcept {
        return loaded_ ? std::string_view(version_) : catalog_version();
    }
    // Every entry classification can give, in file order.
    [[nodiscard]] std::vector<const error_info*> entries() const {
        if (loaded_) return tables_.entries;
        std::vector<const error_info*> all{};
        for (const error_info& e : catalog()) all.push_back(&e);
        return all;
    }
    // What the file changed, for a service's log line: ids new to the table, and ids whose
    // entry differs from the compiled-in one.
    [[nodiscard]] const std::vector<std::string>& added() const noexcept { return added_; }
    [[nodiscard]] const std::vector<std::string>& changed() const noexcept { return changed_; }

    // The rate the file documents for a scope (lookup.hpp's documented_limit), and the pacing
    // settings made from it: what send_policy_settings' `number` and `pair` start from.
    [[nodiscard]] const pace_limit* documented_limit(retry_scope scope) const noexcept {
        if (!loaded_) return wa_errors::documented_limit(scope);
        for (const pace_limit& limit : limits_)
            if (limit.scope == scope) return &limit;
        return nullptr;
    }
    [[nodiscard]] pace_settings pace(retry_scope scope, double headroom = 0.95) const noexcept {
        return pace_settings::from_limit(documented_limit(scope), headroom);
    }

private:
    // The shape wa_errors::detail::classify_in reads (lookup.hpp's compiled_tables), built from vectors.
    struct runtime_tables {
        std::vector<const error_info*> entries{};  // in file order; unchanged ones point at the table
        std::vector<std::int32_t> code_keys{};     // sorted: found by bisection
        std::vector<wa_errors::detail::code_slot> code_slots{};
        std::vector<wa_errors::detail::code_range> code_ranges{};
        std::vector<std::int32_t> subcode_keys{};
        std::vector<std::uint32_t> subcode_runs{};
        std::vector<wa_errors::detail::code_slot> pair_slots{};
        std::vector<std::uint16_t> variants{wa_errors::detail::no_entry};  // runs ended by no_entry; 0 is empty
        std::vector<std::uint16_t> by_text{};                              // message_matched
        std::vector<std::uint16_t> by_http_status{};                       // status_fallbacks
        std::vector<std::uint16_t> id_order{};
        std::uint16_t unknown = wa_errors::detail::no_entry;
        std::uint16_t not_sent = wa_errors::detail::no_entry;
        std::uint16_t no_answer = wa_errors::detail::no_entry;
        wa_errors::detail::code_index code_index_{};
        wa_errors::detail::subcode_index subcode_index_{};
        wa_errors::detail::id_index id_index_{};

        const error_info& entry(std::uint16_t i) const noexcept { return *entries[i]; }
        const wa_errors::detail::code_index& codes() const noexcept { return code_index_; }
        const wa_errors::detail::subcode_index& subcodes() const noexcept { return subcode_index_; }
        const wa_errors::detail::id_index& ids() const noexcept { return id_index_; }
        const std::uint16_t* variant_list() const noexcept { return variants.data(); }
        const std::uint16_t* message_matched() const noexcept { return by_text.data(); }
        const std::uint16_t* status_fallbacks() const noexcept { return by_http_status.data(); }
        std::uint16_t unknown_fallback() const noexcept { return unknown; }
        std::uint16_t transport_not_sent() const noexcept { return not_sent; }
        std::uint16_t transport_no_answer() const noexcept { return no_answer; }
    };

    // An entry of the file that the table lacks or has otherwise: the file's strings, and the
    // error_info viewing them. Held by pointer, so that the views stay put.
    struct owned_entry {
        catalog_file::entry model{};
        std::vector<std::string_view> match{};
        std::vector<std::string_view> recipient_prefix{};
        error_info info{};
    };

    static transport_failure compiled_transport(const error_info& e) noexcept {
        if (&e == &generated::entries[generated::transport_not_sent]) return transport_failure::not_sent;
        if (&e == &generated::entries[generated::transport_no_answer]) return transport_failure::no_answer;
        return transport_failure::none;
    }

    template <class Views>
    static bool same_strings(const std::vector<std::string>& mine, const Views& theirs) {
        return std::equal(mine.begin(), mine.end(), theirs.begin(), theirs.end(),
                          [](const std::string& a, std::string_view b) { return a == b; });
    }

    static bool same_retry(const retry_policy& a, const retry_policy& b) noexcept {
        return a.kind == b.kind && a.scope == b.scope && a.initial_delay_ms == b.initial_delay_ms &&
               a.max_delay_ms == b.max_delay_ms && a.multiplier == b.multiplier && a.max_attempts == b.max_attempts &&
               a.min_delay_ms == b.min_delay_ms && a.max_elapsed_ms == b.max_elapsed_ms && a.outcome == b.outcome &&
               a.repeat_min_delay_ms == b.repeat_min_delay_ms;
    }

    // Whether the file's entry says exactly what the compiled-in one says.
    static bool same(const catalog_file::entry& m, const error_info& e) {
        return m.id == e.id && m.source == e.source && m.code == e.code && m.code_max == e.code_max &&
               m.subcode == e.subcode && same_strings(m.match, e.match) &&
               same_strings(m.recipient_prefix, e.recipient_prefix) && m.title == e.title &&
               m.description == e.description && m.http_status == e.http_status && m.category == e.category &&
               same_retry(m.retry, e.retry) && m.action == e.action && m.remediation == e.remediation &&
               m.docs == e.docs && m.ordinal == e.ordinal && m.hold.scope == e.hold.scope &&
               m.hold.traffic == e.hold.traffic && m.hold.lifts == e.hold.lifts && m.transport == compiled_transport(e);
    }

    const error_info& own(catalog_file::entry&& model) {
        auto owned = std::make_unique<owned_entry>();
        owned->model = std::move(model);
        const catalog_file::entry& m = owned->model;
        owned->match.assign(m.match.begin(), m.match.end());
        owned->recipient_prefix.assign(m.recipient_prefix.begin(), m.recipient_prefix.end());
        error_info& e = owned->info;
        e.id = m.id;
        e.source = m.source;
        const auto code = [](const std::optional<long long>& c) { return optional_code{c.value_or(0), c.has_value()}; };
        e.code = code(m.code);
        e.code_max = code(m.code_max);
        e.subcode = code(m.subcode);
        e.match = {owned->match.data(), owned->match.size()};
        e.title = m.title;
        e.description = m.description;
        e.http_status = m.http_status;
        e.category = m.category;
        e.retry = m.retry;
        e.action = m.action;
        e.remediation = m.remediation;
        e.docs = m.docs;
        e.ordinal = m.ordinal;
        e.recipient_prefix = {owned->recipient_prefix.data(), owned->recipient_prefix.size()};
        e.hold = m.hold;
        owned_.push_back(std::move(owned));
        return owned_.back()->info;
    }

    // An id keeps its meaning: the same source, code and subcode as the compiled-in entry.
    static std::optional<std::string> meaning_changed(const catalog_file::entry& m, const error_info& e,
                                                      std::size_t index, const std::string& file) {
        auto text = [](const std::optional<long long>& v) { return v ? std::to_string(*v) : std::string("null"); };
        const char* field = m.source != e.source ? "source" : m.code != e.code ? "code" : "subcode";
        if (m.source == e.source && m.code == e.code && m.subcode == e.subcode) return std::nullopt;
        const std::string mine = m.source != e.source ? std::string(to_string(m.source))
                                 : m.code != e.code   ? text(m.code)
                                                      : text(m.subcode);
        const std::string theirs = m.source != e.source ? std::string(to_string(e.source))
                                   : m.code != e.code   ? text(e.code)
                                                        : text(e.subcode);
        return file + ": entries[" + std::to_string(index) + "] (" + m.id + "): field \"" + field + "\": " + mine +
               ", but the compiled-in entry has " + theirs + ": an id keeps its meaning (give the new error a new id)";
    }

    std::optional<std::string> build(catalog_file::model&& file_model, const std::string& file) {
        version_ = file_model.version;
        limit_docs_.reserve(file_model.limits.size());  // no reallocation: limits_ views these
        for (const catalog_file::limit& l : file_model.limits) {
            limit_docs_.push_back(l.docs);
            limits_.push_back({l.scope, l.per_second, l.burst, l.max_per_second, limit_docs_.back()});
        }

        runtime_tables& t = tables_;
        std::vector<catalog_file::entry>& models = file_model.entries;
        std::vector<bool> listed(std::size(generated::entries), false);
        for (std::size_t i = 0; i < models.size(); ++i) {
            catalog_file::entry& m = models[i];
            const error_info* compiled = wa_errors::find(std::string_view(m.id));
            if (compiled != nullptr) {
                if (auto problem = meaning_changed(m, *compiled, i, file)) return problem;
                listed[static_cast<std::size_t>(compiled - generated::entries)] = true;
            }
            if (compiled != nullptr && same(m, *compiled)) {
                t.entries.push_back(compiled);
                continue;
            }
            (compiled != nullptr ? changed_ : added_).push_back(m.id);
            // Keys and conditions are read from the model below, so keep a copy of those.
            t.entries.push_back(&own(catalog_file::entry(m)));
        }
        for (std::size_t i = 0; i < listed.size(); ++i)
            if (!listed[i]) retired_.push_back(&generated::entries[i]);
        std::sort(retired_.begin(), retired_.end(),
                  [](const error_info* a, const error_info* b) { return a->id < b->id; });
        index(models);
        loaded_ = true;
        return std::nullopt;
    }

    // The lookup tables of the generated header, built the way tools/generate lays them out,
    // except that keys are kept sorted (bisection) rather than perfectly hashed.
    void index(const std::vector<catalog_file::entry>& models) {
        runtime_tables& t = tables_;
        for (std::size_t i = 0; i < models.size(); ++i) {
            const catalog_file::entry& e = models[i];
            const auto at = static_cast<std::uint16_t>(i);
            if (!e.code && !e.match.empty()) t.by_text.push_back(at);
            if (e.transport == transport_failure::not_sent) t.not_sent = at;
            if (e.transport == transport_failure::no_answer) t.no_answer = at;
            if (e.source == source::generic && e.transport == transport_failure::none) {
                if (e.http_status == 0)
                    t.unknown = at;
                else
                    t.by_http_status.push_back(at);
            }
        }
        t.by_text.push_back(wa_errors::detail::no_entry);
        t.by_http_status.push_back(wa_errors::detail::no_entry);

        // Slots planned as tools/generate plans them (catalog_coverage.hpp); the variants of each
        // are a run of t.variants ended by no_entry, 0 standing for none.
        const catalog_file::coverage covered(models);
        auto slot = [&](const catalog_file::code_plan& plan, long long code) {
            std::uint32_t start = 0;
            if (!plan.variants.empty()) {
                start = static_cast<std::uint32_t>(t.variants.size());
                t.variants.insert(t.variants.end(), plan.variants.begin(), plan.variants.end());
                t.variants.push_back(wa_errors::detail::no_entry);
            }
            return wa_errors::detail::code_slot{t.entries[plan.primary], static_cast<std::int32_t>(code), start};
        };
        for (long long code : covered.exact_codes()) {
            t.code_keys.push_back(static_cast<std::int32_t>(code));
            t.code_slots.push_back(slot(covered.code(code), code));
        }
        for (const catalog_file::coverage::code_range& range : covered.ranges())
            t.code_ranges.push_back({static_cast<std::int32_t>(range.first), static_cast<std::int32_t>(range.second),
                                     slot(covered.range(range), range.first)});
        for (const auto& [subcode, parents] : covered.parents_of()) {
            t.subcode_keys.push_back(static_cast<std::int32_t>(subcode));
            t.subcode_runs.push_back(static_cast<std::uint32_t>(t.pair_slots.size()));
            for (long long parent : parents) t.pair_slots.push_back(slot(covered.pair(parent, subcode), parent));
            t.pair_slots.push_back({nullptr, -1, 0});
        }
        t.id_order.resize(models.size());
        for (std::size_t i = 0; i < models.size(); ++i) t.id_order[i] = static_cast<std::uint16_t>(i);
        std::sort(t.id_order.begin(), t.id_order.end(),
                  [&](std::uint16_t a, std::uint16_t b) { return models[a].id < models[b].id; });

        auto keys = [](const std::vector<std::int32_t>& sorted) {
            return wa_errors::detail::key_table{0, 0, sorted.empty() ? -1 : sorted.back(), sorted.data(),
                                                sorted.size()};
        };
        t.code_index_ = {keys(t.code_keys), t.code_slots.data(), t.code_ranges.data(), t.code_ranges.size()};
        t.subcode_index_ = {keys(t.subcode_keys), t.subcode_runs.data(), t.pair_slots.data()};
        t.id_index_ = {t.id_order.data(), t.id_order.size()};
    }

    bool loaded_ = false;
    std::string version_{};
    std::vector<pace_limit> limits_{};
    std::vector<std::string> limit_docs_{};
    std::vector<std::unique_ptr<owned_entry>> owned_{};
    std::vector<const error_info*> retired_{};  // compiled-in entries the file no longer lists, by id
    std::vector<std::string> added_{};
    std::vector<std::string> changed_{};
    runtime_tables tables_{};
};

}  // namespace payload
WA_ERRORS_END_NAMESPACE
