// SPDX-License-Identifier: MIT
#include "query.hpp"

#include <algorithm>

#include <wa_errors/lookup.hpp>

#include "catalog_in_use.hpp"
#include "failure.hpp"
#include "numbers.hpp"
#include "suggest.hpp"
#include "text.hpp"

namespace wa_errors_cli {

namespace {

using wa_errors::error_info;

constexpr long long largest_code = 999999999999999999LL;  // 18 digits: what parse_whole reads

bool is_status(long long number) { return number >= 100 && number <= 599; }

bool has_condition(const error_info& e) { return !e.match.empty() || !e.recipient_prefix.empty(); }

bool covers(const error_info& e, long long code) {
    if (!e.code) return false;
    return e.code_max ? *e.code <= code && code <= *e.code_max : *e.code == code;
}

// The entries for a code, as classify() tries them: those for a (code, subcode) pair, then the
// variants with a text or recipient condition, then the ones without. A number the catalog
// knows only as a subcode has the entries of that subcode.
std::vector<const error_info*> meanings_of(long long code) {
    std::vector<const error_info*> paired, conditional, plain;
    for (const wa_errors::error_info& e : catalog_entries()) {
        if (!covers(e, code)) continue;
        if (e.subcode)
            paired.push_back(&e);
        else if (has_condition(e))
            conditional.push_back(&e);
        else
            plain.push_back(&e);
    }
    if (paired.empty() && conditional.empty() && plain.empty()) {
        for (const wa_errors::error_info& e : catalog_entries())
            if (e.subcode && *e.subcode == code) paired.push_back(&e);
    }
    paired.insert(paired.end(), conditional.begin(), conditional.end());
    paired.insert(paired.end(), plain.begin(), plain.end());
    if (paired.size() < 2) paired.clear();
    return paired;
}

lookup by_status(long long status, const query_options& query) {
    if (query.subcode) throw usage_error("--subcode needs a Meta code, not an HTTP status");
    lookup result;
    result.entry = &catalog_in_use().classify(wa_errors::error_ref(static_cast<int>(status)));
    return result;
}

lookup by_code(long long code, const query_options& query) {
    lookup result;
    result.code = code;
    result.subcode = query.subcode;
    const int status = static_cast<int>(query.status.value_or(0));
    result.entry = &catalog_in_use().classify({status, code, query.subcode, query.message, {}, {}, query.recipient});
    result.meanings = meanings_of(code);
    const std::string number = std::to_string(code);
    if (catalog_in_use().find(code) == nullptr) {
        result.note = "code " + number + " is not in the catalog; showing " + std::string(result.entry->id) +
                      ", what classify() gives for it";
    } else if (code >= 400 && is_status(code)) {
        result.note =
            number + " is read as the Meta code; for HTTP status " + number + ", ask for 'http " + number + "'";
    }
    return result;
}

bool ends_with_part(std::string_view id, std::string_view part) {
    return id.size() > part.size() && id.substr(id.size() - part.size()) == part &&
           id[id.size() - part.size() - 1] == '.';
}

lookup by_id(const std::string& word) {
    lookup result;
    if (const error_info* exact = catalog_in_use().find(word)) {
        result.entry = exact;
    } else {
        const std::string part = ascii_lower(word);
        std::vector<const error_info*> tails, inside;
        for (const wa_errors::error_info& e : catalog_entries()) {
            if (ends_with_part(e.id, part)) tails.push_back(&e);
            if (e.id.find(part) != std::string_view::npos) inside.push_back(&e);
        }
        std::vector<const error_info*>& matches = tails.empty() ? inside : tails;
        if (matches.size() == 1)
            result.entry = matches.front();
        else
            result.candidates = std::move(matches);
    }
    if (result.entry != nullptr) {
        result.code = result.entry->code;
        result.subcode = result.entry->subcode;
        if (result.entry->code && !result.entry->code_max) result.meanings = meanings_of(*result.entry->code);
    } else if (result.candidates.empty()) {
        // A mistyped end of an id ("invalid_api_kye") is as far from the whole id as the rest
        // of the id is long: compare with the whole ids first, then with the parts of them
        // after each dot that explain also takes ("invalid_api_key", "url_throttled").
        std::vector<std::string> ids, ends;
        std::vector<std::string_view> end_ids;
        for (const wa_errors::error_info& e : catalog_entries()) {
            ids.emplace_back(e.id);
            for (std::size_t dot = e.id.find('.'); dot != std::string_view::npos; dot = e.id.find('.', dot + 1)) {
                ends.emplace_back(e.id.substr(dot + 1));
                end_ids.push_back(e.id);
            }
        }
        result.nearest = nearest(ascii_lower(word), ids);
        if (result.nearest.empty()) {
            const std::string end = nearest(ascii_lower(word), ends);
            for (std::size_t i = 0; i < ends.size() && !end.empty(); ++i) {
                if (ends[i] == end) {
                    result.nearest = std::string(end_ids[i]);
                    break;
                }
            }
        }
    }
    return result;
}

}  // namespace

lookup look_up(const query_options& query) {
    const std::vector<std::string>& words = query.words;
    if (words.size() == 2) {
        if (words[0] != "http") throw usage_error("expects one code, id or HTTP status, or 'http N'");
        const auto status = parse_whole(words[1], 100, 599);
        if (!status) throw usage_error("'http' takes an HTTP status from 100 to 599, not '" + words[1] + "'");
        return by_status(*status, query);
    }
    if (words.empty()) {
        if (!query.status) throw usage_error("expects a code, id or HTTP status (or --status N)");
        return by_status(*query.status, query);
    }
    const std::string& word = words.front();
    if (const auto number = parse_whole(word, -largest_code, largest_code)) {
        // An explicit --status or --subcode says the number is a code, whether known or not.
        const bool as_status = is_status(*number) && !query.status && !query.subcode;
        if (as_status && catalog_in_use().find(*number) == nullptr) return by_status(*number, query);
        return by_code(*number, query);
    }
    if (query.subcode) throw usage_error("--subcode needs a Meta code, not an id");
    return by_id(word);
}

}  // namespace wa_errors_cli
