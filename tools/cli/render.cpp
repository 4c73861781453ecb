// SPDX-License-Identifier: MIT
#include "render.hpp"

#include <algorithm>
#include <sstream>

#include <wa_errors/lookup.hpp>
#include <wa_errors/payload/json_io.hpp>

#include "catalog_in_use.hpp"
#include "terminal.hpp"

namespace wa_errors_cli {

namespace {

std::string str(std::string_view s) { return std::string(s); }

ordered_json optional_number(std::optional<long long> v) { return v ? ordered_json(*v) : ordered_json(nullptr); }

// ANSI styles, or nothing when colour is off.
struct style {
    bool on;
    std::string wrap(const std::string& text, const char* code) const {
        return on ? "\033[" + std::string(code) + "m" + text + "\033[0m" : text;
    }
    std::string bold(const std::string& text) const { return wrap(text, "1"); }
    std::string dim(const std::string& text) const { return wrap(text, "2"); }
    // Green: retry freely; yellow: slow down; red: a person must act.
    std::string kind(wa_errors::retry_kind k) const {
        const char* code = k == wa_errors::retry_kind::backoff    ? "32"
                           : k == wa_errors::retry_kind::throttle ? "33"
                                                                  : "31";
        return wrap(str(wa_errors::to_string(k)), code);
    }
};

std::string pad(const std::string& text, std::size_t width) {
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::string code_text(const wa_errors::error_info& e) {
    if (!e.code) return "-";
    return e.code_max ? std::to_string(*e.code) + "-" + std::to_string(*e.code_max) : std::to_string(*e.code);
}

std::string delay_text(long long ms) {
    if (ms % 3600000 == 0 && ms >= 3600000) return std::to_string(ms / 3600000) + " h";
    if (ms % 60000 == 0 && ms >= 60000) return std::to_string(ms / 60000) + " min";
    if (ms % 1000 == 0 && ms >= 1000) return std::to_string(ms / 1000) + " s";
    return std::to_string(ms) + " ms";
}

std::string traffic_words(wa_errors::traffic t) {
    using wa_errors::traffic;
    switch (t) {
        case traffic::all: return "all traffic";
        case traffic::messages: return "every message";
        case traffic::templates: return "template messages";
        case traffic::marketing: return "marketing templates";
        case traffic::free_form: return "free-form messages";
        case traffic::calls: return "calls";
        case traffic::groups: return "group management";
        case traffic::template_management: return "template management";
        case traffic::registration: return "registration requests";
        case traffic::flows: return "Flow management";
        case traffic::payments: return "payment messages";
        case traffic::usernames: return "username requests";
        case traffic::account_setup: return "account setup (sync, migration, onboarding)";
    }
    return "traffic";
}

std::string scope_words(wa_errors::retry_scope scope) {
    switch (scope) {
        case wa_errors::retry_scope::recipient: return "to this user";
        case wa_errors::retry_scope::phone_number: return "of this number";
        case wa_errors::retry_scope::account: return "of this account";
        case wa_errors::retry_scope::request: break;
    }
    return "of this request";
}

// "holds marketing templates to this user for 24 h"; `length` is the time-lifted hold's wait in
// words ("for 24 h").
std::string hold_words(const wa_errors::hold_policy& h, const std::string& length) {
    if (h.scope == wa_errors::retry_scope::request) return "holds nothing beyond this request";
    std::string text = "holds " + traffic_words(h.traffic) + " " + scope_words(h.scope) + " ";
    switch (h.lifts) {
        case wa_errors::hold_lifts::time: return text + length;
        case wa_errors::hold_lifts::inbound: return text + "until the user writes to the business";
        case wa_errors::hold_lifts::fix: return text + "until a person fixes it (resume)";
        case wa_errors::hold_lifts::opt_in: return text + "until the user opts in again";
    }
    return text;
}

// An entry's hold before any decision: a time-lifted one lasts its documented floor if it has
// one, else what the retry waits.
std::string entry_hold_text(const wa_errors::error_info& e) {
    const auto& r = e.retry;
    std::string length;
    if (r.min_delay_ms > 0) {
        length = "for " + delay_text(r.min_delay_ms);
        if (r.repeat_min_delay_ms > r.min_delay_ms)
            length += " (" + delay_text(r.repeat_min_delay_ms) + " when it fails again)";
        else if (r.kind == wa_errors::retry_kind::throttle && r.multiplier > 1.0 && r.max_delay_ms > r.min_delay_ms)
            length = "for at least " + delay_text(r.min_delay_ms) + ", longer with each failure in a row";
    } else if (r.kind == wa_errors::retry_kind::throttle) {
        length = "for as long as the server asks to wait";
    } else {
        length = "until its retry is due";
    }
    return hold_words(e.hold, length);
}

std::string policy_text(const wa_errors::error_info& e, const style& s) {
    const auto& r = e.retry;
    std::string text = s.kind(r.kind) + " (" + str(wa_errors::to_string(r.scope)) + ")";
    if (wa_errors::is_retryable(e)) {
        std::ostringstream m;
        m << r.multiplier;
        text += ", " + delay_text(r.initial_delay_ms) + " x" + m.str() + " up to " + delay_text(r.max_delay_ms);
        if (r.kind == wa_errors::retry_kind::backoff) text += ", " + std::to_string(r.max_attempts) + " attempts";
        if (r.min_delay_ms > 0) text += ", never before " + delay_text(r.min_delay_ms);
        if (r.max_elapsed_ms > 0) text += ", give up after " + delay_text(r.max_elapsed_ms);
        if (r.outcome != wa_errors::retry_outcome::rejected)
            text += ", outcome " + str(wa_errors::to_string(r.outcome));
    }
    return text;
}

// Markdown table cells cannot hold a '|' or a line break.
std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string joined(const wa_errors::string_list& items, const std::string& before, const std::string& after,
                   const std::string& between) {
    std::string out;
    for (std::string_view item : items) {
        if (!out.empty()) out += between;
        out += before + str(item) + after;
    }
    return out;
}

// What makes classify() pick an entry among the meanings of `code`.
std::string condition_text(const wa_errors::error_info& e, std::optional<long long> code) {
    std::vector<std::string> parts;
    if (e.subcode) {
        std::string part = "error_subcode " + std::to_string(*e.subcode);
        if (e.code && code != e.code) part += " of code " + std::to_string(*e.code);
        parts.push_back(part);
    }
    if (e.code_max) parts.push_back("any code " + code_text(e));
    if (!e.match.empty()) parts.push_back("the text has " + joined(e.match, "\"", "\"", " or "));
    if (!e.recipient_prefix.empty())
        parts.push_back("the recipient's number starts with " + joined(e.recipient_prefix, "+", "", " or "));
    if (parts.empty()) return "otherwise";
    std::string out = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) out += "; " + parts[i];
    return out;
}

ordered_json list_json(const wa_errors::string_list& items) {
    ordered_json out = ordered_json::array();
    for (std::string_view item : items) out.push_back(str(item));
    return out;
}

ordered_json hint_json(const wa_errors::server_hint& hint) {
    const char* kind = hint.says_stop() ? "stop" : hint.says_wait() ? "wait" : "none";
    return {{"kind", kind}, {"wait_ms", hint.says_wait() ? hint.wait.count() : 0}};
}

}  // namespace

std::string json_line(const ordered_json& value) {
    return terminal_safe_json(value.dump(-1, ' ', false, ordered_json::error_handler_t::replace)) + "\n";
}

ordered_json entry_json(const wa_errors::error_info& e, std::optional<long long> code,
                        std::optional<long long> subcode) {
    ordered_json j = e;
    j["code"] = optional_number(code);
    j["subcode"] = optional_number(subcode);
    return j;
}

ordered_json explain_json(const lookup& found) {
    ordered_json j = entry_json(*found.entry, found.code, found.subcode);
    ordered_json meanings = ordered_json::array();
    for (const wa_errors::error_info* m : found.meanings) {
        meanings.push_back({{"id", str(m->id)},
                            {"title", str(m->title)},
                            {"code", optional_number(m->code)},
                            {"code_max", optional_number(m->code_max)},
                            {"subcode", optional_number(m->subcode)},
                            {"match", list_json(m->match)},
                            {"recipient_prefix", list_json(m->recipient_prefix)}});
    }
    j["meanings"] = std::move(meanings);
    return j;
}

ordered_json found_json(const found_error& f, const wa_errors::server_hint& hint) {
    ordered_json j = f.error;
    j["server_hint"] = hint_json(hint);
    j["line"] = f.line;
    return j;
}

ordered_json decision_json(const wa_errors::error_info& e, const wa_errors::retry_decision& d) {
    ordered_json j = {{"id", str(e.id)}};
    j.update(ordered_json(d));
    return j;
}

std::string explain_text(const lookup& found, bool colour) {
    const style s{colour};
    const wa_errors::error_info& e = *found.entry;
    const std::optional<long long> code = found.code;
    std::ostringstream out;
    out << s.bold(str(e.id)) << "  " << e.title << "\n";
    auto row = [&](const char* name, const std::string& value) {
        out << "  " << s.dim(pad(name, 12)) << value << "\n";
    };
    row("source", str(wa_errors::to_string(e.source)));
    row("code",
        code && (!e.code || *code != *e.code) ? std::to_string(*code) + " (entry " + code_text(e) + ")" : code_text(e));
    if (found.subcode) row("subcode", std::to_string(*found.subcode));
    row("http status", e.http_status != 0 ? std::to_string(e.http_status) : "none documented");
    row("category", str(wa_errors::to_string(e.category)));
    row("retry", policy_text(e, s));
    row("hold", entry_hold_text(e));
    row("action", s.bold(str(wa_errors::to_string(e.action))));
    row("what", str(e.description));
    row("do", str(e.remediation));
    row("docs", str(e.docs));
    if (!found.meanings.empty()) {
        const long long number = code ? *code : e.code.value_or(0);
        out << "\ncode " << number << " has " << found.meanings.size()
            << " meanings; classify() tries them in this order (* is the one above):\n";
        std::size_t width = 0;
        for (const auto* m : found.meanings) width = std::max(width, m->id.size());
        for (const auto* m : found.meanings) {
            const bool shown = m == found.entry;
            out << (shown ? "* " : "  ") << (shown ? s.bold(pad(str(m->id), width)) : pad(str(m->id), width)) << "  "
                << condition_text(*m, number) << "\n";
        }
        out << "Name one by its id, or say what came with the error: --subcode, --message, --recipient.\n";
    }
    return out.str();
}

std::string classify_text(const std::vector<found_error>& errors, const wa_errors::server_hint& hint, bool colour) {
    const style s{colour};
    std::size_t id_width = 0;
    std::size_t category_width = 0;
    bool several_lines = false;
    for (const auto& f : errors) {
        id_width = std::max(id_width, f.error.info->id.size());
        category_width = std::max(category_width, to_string(f.error.info->category).size());
        several_lines = several_lines || f.line != errors.front().line;
    }
    std::string server;
    if (hint.says_stop())
        server = "  server_hint=stop";
    else if (hint.says_wait())
        server = "  server_hint=wait " + delay_text(hint.wait.count());
    std::ostringstream out;
    for (const auto& f : errors) {
        const auto& p = f.error;
        const auto& e = *p.info;
        out << s.bold(pad(str(e.id), id_width)) << "  " << pad(str(wa_errors::to_string(e.category)), category_width)
            << "  " << s.kind(e.retry.kind) << "/" << wa_errors::to_string(e.retry.scope) << "  "
            << s.bold(str(wa_errors::to_string(e.action)));
        if (several_lines) out << "  line=" << f.line;
        const auto& c = p.context;
        // Everything below comes from the payload: made safe for a terminal.
        if (!c.message_id.empty()) out << "  message=" << terminal_text(c.message_id);
        if (!c.recipient_id.empty()) out << "  recipient=" << terminal_text(c.recipient_id);
        if (!c.phone_number_id.empty()) out << "  phone_number_id=" << terminal_text(c.phone_number_id);
        if (!c.status.empty()) out << "  status=" << terminal_text(c.status);
        if (!p.fbtrace_id.empty()) out << "  fbtrace_id=" << terminal_text(p.fbtrace_id);
        out << server;
        std::string_view said = !p.details.empty() ? p.details : p.message;
        const bool cut = said.size() > 160;
        if (cut) {
            said = said.substr(0, 157);
            while (!said.empty() && (static_cast<unsigned char>(said.back()) & 0xC0) == 0x80) said.remove_suffix(1);
            if (!said.empty() && static_cast<unsigned char>(said.back()) >= 0xC0) said.remove_suffix(1);
        }
        if (!said.empty()) out << "  " << s.dim("\"" + terminal_text(said) + (cut ? "...\"" : "\""));
        out << "\n";
    }
    return out.str();
}

std::string decision_text(const wa_errors::error_info& e, unsigned attempt, const wa_errors::retry_decision& d,
                          bool colour) {
    const style s{colour};
    std::ostringstream out;
    out << s.bold(str(e.id)) << " after attempt " << attempt << ": ";
    if (d.retry) {
        out << "retry in " << delay_text(d.delay.count());
        if (d.floor.count() > 0) out << " (never before " << delay_text(d.floor.count()) << ")";
        if (d.hold.scope != wa_errors::retry_scope::request)
            out << "\n  " << hold_words(d.hold, "for " + delay_text(d.pause.count()));
        if (d.may_duplicate)
            out << "\n  " << s.wrap("may duplicate", "33")
                << ": the failed request may have gone through; check for its status webhook before resending";
    } else {
        out << s.wrap("do not retry", "31") << " (" << wa_errors::to_string(d.reason)
            << "); next: " << s.bold(str(wa_errors::to_string(d.next)));
        if (d.hold.scope != wa_errors::retry_scope::request)
            out << "\n  " << hold_words(d.hold, "for " + delay_text(d.pause.count()));
    }
    out << "\n";
    return out.str();
}

std::string list_text(const std::vector<const wa_errors::error_info*>& entries, bool colour) {
    const style s{colour};
    std::size_t widths[5] = {2, 4, 4, 8, 5};
    for (const auto* e : entries) {
        widths[0] = std::max(widths[0], e->id.size());
        widths[1] = std::max(widths[1], code_text(*e).size());
        widths[3] = std::max(widths[3], to_string(e->category).size());
        widths[4] = std::max(widths[4], to_string(e->retry.kind).size() + 1 + to_string(e->retry.scope).size());
    }
    std::ostringstream out;
    out << s.dim(pad("id", widths[0]) + "  " + pad("code", widths[1]) + "  " + pad("http", widths[2]) + "  " +
                 pad("category", widths[3]) + "  " + pad("retry", widths[4]) + "  action / title")
        << "\n";
    for (const auto* e : entries) {
        const std::string retry = str(to_string(e->retry.kind)) + "/" + str(to_string(e->retry.scope));
        out << s.bold(pad(str(e->id), widths[0])) << "  " << pad(code_text(*e), widths[1]) << "  "
            << pad(e->http_status ? std::to_string(e->http_status) : "-", widths[2]) << "  "
            << pad(str(to_string(e->category)), widths[3]) << "  " << pad(retry, widths[4]) << "  "
            << to_string(e->action) << ": " << e->title << "\n";
    }
    return out.str();
}

std::string list_markdown(const std::vector<const wa_errors::error_info*>& entries) {
    std::ostringstream out;
    out << "# The wa_errors catalog\n\n"
        << "Generated by `wa-errors list --markdown` from `data/errors.json` (catalog " << catalog_in_use().version()
        << "): do not edit. " << entries.size() << " entries.\n\n"
        << "| id | code | HTTP | category | retry | scope | holds | action | title | remediation |\n"
        << "|---|---|---|---|---|---|---|---|---|---|\n";
    for (const auto* e : entries) {
        out << "| `" << e->id << "` | " << code_text(*e) << " | "
            << (e->http_status ? std::to_string(e->http_status) : "-") << " | " << to_string(e->category) << " | "
            << to_string(e->retry.kind) << " | " << to_string(e->retry.scope) << " | "
            << (e->hold.scope == wa_errors::retry_scope::request
                    ? std::string("-")
                    : str(to_string(e->hold.traffic)) + " of the " + str(to_string(e->hold.scope)) + ", until " +
                          str(to_string(e->hold.lifts)))
            << " | " << to_string(e->action) << " | " << cell(e->title) << " | " << cell(e->remediation) << " |\n";
    }
    return out.str();
}

}  // namespace wa_errors_cli
