#include "commands.hpp"

#include <cerrno>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include <wa_errors/payload.hpp>
#include <wa_errors/wa_errors.hpp>

#include "args.hpp"
#include "render.hpp"

namespace wa_errors_cli {

namespace {

int fail(const std::string& command, const std::string& problem) {
    std::cerr << "wa-errors: " << command << ": " << problem << "\n";
    return 1;
}

bool wants_help(const std::vector<std::string>& words) {
    for (const auto& w : words)
        if (w == "--help" || w == "-h") return true;
    return false;
}

// What the user named: an entry resolved as classify() would, or nothing (with the reason).
struct resolved {
    const wa_errors::error_info* entry = nullptr;
    std::optional<long long> code;
    std::string problem;
};

resolved resolve(const std::string& command, const args& a) {
    if (a.positional().size() != 1) throw usage_error("expects one code or id");
    const std::string& name = a.positional()[0];
    resolved r;
    const auto status = a.integer("--status", 0, 599).value_or(0);
    if (const auto code = parse_integer(name, -9000000000000000000LL, 9000000000000000000LL)) {
        const std::string message = a.value("--message").value_or("");
        r.code = code;
        r.entry = &wa_errors::classify({static_cast<int>(status), code, std::nullopt, message, "", ""});
        if (wa_errors::find(*code) == nullptr)
            std::cerr << "wa-errors: " << command << ": code " << *code
                      << " is not in the catalog; showing the fallback " << r.entry->id << "\n";
        return r;
    }
    r.entry = wa_errors::find(name);
    if (r.entry == nullptr) r.problem = "no catalog entry with code or id '" + name + "' (see 'wa-errors list')";
    return r;
}

// The whole input, or the reason it can't be read.
std::optional<std::string> read_input(const std::string& path, std::string& problem) {
    if (path == "-") {
        std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        if (std::cin.bad()) {
            problem = "cannot read standard input";
            return std::nullopt;
        }
        return text;
    }
    std::ifstream file;
    file.open(path, std::ios::binary);
    if (!file) {
        problem = "cannot open " + path + ": " + std::generic_category().message(errno);
        return std::nullopt;
    }
    std::string text;
    char buffer[65536];
    while (file.read(buffer, sizeof buffer) || file.gcount() > 0)
        text.append(buffer, static_cast<std::size_t>(file.gcount()));
    if (file.bad()) {  // reading a directory fails here on POSIX
        problem = "cannot read " + path + " (is it a directory?)";
        return std::nullopt;
    }
    return text;
}

}  // namespace

std::string tool_help() {
    return "wa-errors: what a WhatsApp Business API error means and what to do about it\n"
           "\n"
           "usage:\n"
           "  wa-errors explain <code|id> [--message TEXT] [--status N] [--json]\n"
           "  wa-errors classify [--status N] [--json] [FILE|-]\n"
           "  wa-errors decide <code|id> [--attempt N] [--scope-failures N] [--elapsed SECONDS]\n"
           "                   [--retry-after SECONDS|HTTP-DATE] [--deadline SECONDS] [--jitter X] [--json]\n"
           "  wa-errors list [--category C] [--source S] [--json|--markdown]\n"
           "  wa-errors --version | --help | <command> --help\n"
           "\n"
           "exit status: 0 success, 1 input unreadable or without an error, 2 usage error\n";
}

std::string command_help(const std::string& command) {
    if (command == "explain")
        return "usage: wa-errors explain <code|id> [--message TEXT] [--status N] [--json]\n"
               "  Everything the catalog knows about a Meta code or a catalog id, resolved as classify()\n"
               "  does: --message picks a variant (explain 1005 --message \"Registration timeout\"),\n"
               "  --status chooses the fallback for an unknown code.\n";
    if (command == "classify")
        return "usage: wa-errors classify [--status N] [--json] [FILE|-]\n"
               "  Every error in a response body or webhook payload (from FILE, or standard input),\n"
               "  one line or JSON object each. --status is the response's HTTP status.\n";
    if (command == "decide")
        return "usage: wa-errors decide <code|id> [--attempt N] [--scope-failures N] [--elapsed SECONDS]\n"
               "                        [--retry-after SECONDS|HTTP-DATE] [--deadline SECONDS] [--jitter X]\n"
               "                        [--status N] [--json]\n"
               "  Whether to send a failed message again, when, and what to pause meanwhile.\n"
               "  --attempt N          attempts of the message that counted, this one included (default 1;\n"
               "                       throttles don't count)\n"
               "  --scope-failures N   failures of the number or user in a row (Meta's X in 4^X; default 1)\n"
               "  --elapsed SECONDS    time since the message first failed (default 0)\n"
               "  --retry-after VALUE  the server's Retry-After: a floor, never shortened\n"
               "  --deadline SECONDS   time left before the message is no longer worth sending\n"
               "  --jitter X           the random number in [0, 1] a sender would draw (default 1)\n";
    if (command == "list")
        return "usage: wa-errors list [--category C] [--source S] [--json|--markdown]\n"
               "  The catalog, optionally filtered; --markdown prints the table of docs/errors.md.\n";
    return "";
}

int explain(const std::vector<std::string>& words, const io& out) {
    if (wants_help(words)) return std::cout << command_help("explain"), 0;
    const args a(words, {"--json"}, {"--message", "--status"});
    const resolved r = resolve("explain", a);
    if (r.entry == nullptr) return fail("explain", r.problem);
    if (a.has("--json"))
        std::cout << entry_json(*r.entry, r.code ? r.code : r.entry->code, std::nullopt).dump() << "\n";
    else
        std::cout << explain_text(*r.entry, r.code, out.colour);
    return 0;
}

int classify(const std::vector<std::string>& words, const io& out) {
    if (wants_help(words)) return std::cout << command_help("classify"), 0;
    const args a(words, {"--json"}, {"--status"});
    if (a.positional().size() > 1) throw usage_error("expects at most one FILE");
    const std::string path = a.positional().empty() ? "-" : a.positional()[0];
    const int status = static_cast<int>(a.integer("--status", 100, 599).value_or(0));
    std::string problem;
    const auto text = read_input(path, problem);
    if (!text) return fail("classify", problem);
    const auto result = wa_errors::payload::parse(*text, status);
    if (result.errors.empty()) {
        if (result.status == wa_errors::payload::parse_status::no_error_found)
            return fail("classify", "no error found in the input");
        if (text->find_first_not_of(" \t\r\n") == std::string::npos) return fail("classify", "input is empty");
        return fail("classify", "input is not JSON and no --status was given");
    }
    if (a.has("--json")) {
        for (const auto& p : result.errors) std::cout << parsed_json(p).dump() << "\n";
    } else {
        std::cout << classify_text(result.errors, out.colour);
    }
    return 0;
}

int decide(const std::vector<std::string>& words, const io& out) {
    if (wants_help(words)) return std::cout << command_help("decide"), 0;
    const args a(words, {"--json"},
                 {"--attempt", "--scope-failures", "--elapsed", "--retry-after", "--deadline", "--jitter", "--message",
                  "--status"});
    constexpr long long year_s = 366LL * 24 * 3600;
    wa_errors::retry_input in;
    in.attempts = static_cast<unsigned>(a.integer("--attempt", 1, 1000000).value_or(1));
    in.scope_failures = static_cast<unsigned>(a.integer("--scope-failures", 1, 1000000).value_or(1));
    in.elapsed = std::chrono::seconds(a.integer("--elapsed", 0, year_s).value_or(0));
    if (const auto deadline = a.integer("--deadline", 0, year_s)) in.deadline_left = std::chrono::seconds(*deadline);
    in.jitter = 1.0;  // the documented default: the longest wait, so the output is reproducible
    if (const auto jitter = a.value("--jitter")) {
        const auto value = parse_fraction(*jitter);
        if (!value) throw usage_error("--jitter takes a number from 0 to 1, got '" + *jitter + "'");
        in.jitter = *value;
    }
    if (const auto header = a.value("--retry-after")) {
        const auto wait = wa_errors::parse_retry_after(*header, std::chrono::system_clock::now());
        if (!wait) throw usage_error("--retry-after takes seconds or an HTTP date, got '" + *header + "'");
        in.hint = wa_errors::server_hint::wait_for(*wait);
    }
    const resolved r = resolve("decide", a);
    if (r.entry == nullptr) return fail("decide", r.problem);
    const auto d = wa_errors::decide(*r.entry, in);
    if (a.has("--json"))
        std::cout << decision_json(*r.entry, d).dump() << "\n";
    else
        std::cout << decision_text(*r.entry, in.attempts, d, out.colour);
    return 0;
}

int list(const std::vector<std::string>& words, const io& out) {
    if (wants_help(words)) return std::cout << command_help("list"), 0;
    const args a(words, {"--json", "--markdown"}, {"--category", "--source"});
    if (!a.positional().empty()) throw usage_error("takes no arguments besides options");
    if (a.has("--json") && a.has("--markdown")) throw usage_error("choose one of --json and --markdown");
    std::optional<wa_errors::category> category;
    std::optional<wa_errors::source> source;
    if (const auto c = a.value("--category")) {
        category = wa_errors::from_string<wa_errors::category>(*c);
        if (!category) throw usage_error("unknown category '" + *c + "'");
    }
    if (const auto s = a.value("--source")) {
        source = wa_errors::from_string<wa_errors::source>(*s);
        if (!source) throw usage_error("unknown source '" + *s + "' (meta, 360dialog or generic)");
    }
    std::vector<const wa_errors::error_info*> entries;
    for (const auto& e : wa_errors::catalog()) {
        if ((!category || e.category == *category) && (!source || e.source == *source)) entries.push_back(&e);
    }
    if (a.has("--json")) {
        for (const auto* e : entries) std::cout << entry_json(*e, e->code, std::nullopt).dump() << "\n";
    } else if (a.has("--markdown")) {
        std::cout << list_markdown(entries);
    } else {
        std::cout << list_text(entries, out.colour);
    }
    return 0;
}

}  // namespace wa_errors_cli
