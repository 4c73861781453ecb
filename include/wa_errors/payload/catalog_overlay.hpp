// SPDX-License-Identifier: MIT
// wa_errors::payload::catalog_overlay: the catalog a service classifies with, replaceable at run
// time by a newer errors.json without a rebuild (docs/catalog-reload.md). One object per service;
// classify() and find() may be called from any number of threads while another thread loads.
// Needs nlohmann_json (CMake target wa_errors::payload).
//
// Lifetime: every catalog the overlay has made current stays alive until the overlay is
// destroyed, so an `error_info&` or `const error_info*` it handed out stays valid as long as the
// overlay lives, across any number of reloads. That is what lets send_policy keep the entry
// that caused a hold for days and a queued message keep its classification. The cost is the
// memory of each load's new and changed entries and its index arrays (unchanged entries are the
// compiled-in ones); a service that reloads on a signal or on a file change keeps a handful.
#pragma once

#include <atomic>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "../lookup.hpp"
#include "../version.hpp"
#include "catalog_snapshot.hpp"
#include "parse.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload {

class catalog_overlay {
public:
    // The compiled-in table until load() succeeds.
    catalog_overlay() : current_(kept_.front().get()) {}
    catalog_overlay(const catalog_overlay&) = delete;
    catalog_overlay& operator=(const catalog_overlay&) = delete;
    catalog_overlay(catalog_overlay&&) = delete;
    catalog_overlay& operator=(catalog_overlay&&) = delete;
    ~catalog_overlay() = default;

    // Reads and checks a whole catalog (data/errors.json's format) and makes it current; lookups
    // running meanwhile finish on the catalog they started with. On a problem, returns the
    // message naming `file_name`, entry and field, and the current catalog stays.
    std::optional<std::string> load(std::string_view json_text, const std::string& file_name) {
        auto read = catalog_snapshot::read(json_text, file_name);
        if (auto* problem = std::get_if<std::string>(&read)) return std::move(*problem);
        publish(std::get<std::shared_ptr<const catalog_snapshot>>(std::move(read)));
        return std::nullopt;
    }

    // The same for a file.
    std::optional<std::string> load_file(const std::string& path) {
        std::ifstream input(path, std::ios::binary);
        if (!input) return path + ": cannot open the catalog";
        const std::string text((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
        if (input.bad()) return path + ": cannot read the catalog";
        return load(text, path);
    }

    // Back to the compiled-in table.
    void revert() { publish(std::make_shared<const catalog_snapshot>()); }

    // The current catalog, for several lookups that must agree with one another (a reload
    // between them can't mix two catalogs). Lookups below read it without taking a lock.
    [[nodiscard]] const catalog_snapshot& current() const noexcept { return *current_.load(std::memory_order_acquire); }

    [[nodiscard]] const error_info& classify(const error_ref& ref) const noexcept { return current().classify(ref); }
    [[nodiscard]] const error_info* find(long long meta_code) const noexcept { return current().find(meta_code); }
    [[nodiscard]] const error_info* find(long long meta_code, long long subcode) const noexcept {
        return current().find(meta_code, subcode);
    }
    [[nodiscard]] const error_info* find(std::string_view id) const noexcept { return current().find(id); }
    [[nodiscard]] std::string_view version() const noexcept { return current().version(); }

    // How many catalogs the overlay keeps alive (the compiled-in one and every load since).
    [[nodiscard]] std::size_t kept() const {
        const std::lock_guard<std::mutex> lock(loading_);
        return kept_.size();
    }

private:
    void publish(std::shared_ptr<const catalog_snapshot> next) {
        const std::lock_guard<std::mutex> lock(loading_);
        kept_.push_back(std::move(next));
        current_.store(kept_.back().get(), std::memory_order_release);
    }

    mutable std::mutex loading_{};  // orders loads; lookups never take it
    std::vector<std::shared_ptr<const catalog_snapshot>> kept_{std::make_shared<const catalog_snapshot>()};
    std::atomic<const catalog_snapshot*> current_{};
};

// classify() through an overlay: what the compiled-in classify() says for the catalog the
// overlay holds now. The entry lives as long as the overlay.
[[nodiscard]] inline const error_info& classify(const catalog_overlay& catalog, const error_ref& ref) noexcept {
    return catalog.classify(ref);
}

// Classifies an error parse() or parse_response() returned again, by the catalog the overlay
// holds now.
inline void reclassify(parsed_error& error, const catalog_overlay& catalog) noexcept {
    error.info = &catalog.classify(detail::ref_of(error));
}

// parse() with the overlay's verdicts: each error classified by the catalog the overlay holds
// now. Never throws, as parse().
[[nodiscard]] inline parse_result parse(std::string_view body, int http_status,
                                        const catalog_overlay& catalog) noexcept {
    parse_result result = parse(body, http_status);
    for (parsed_error& p : result.errors) reclassify(p, catalog);
    return result;
}

}  // namespace payload
WA_ERRORS_END_NAMESPACE
