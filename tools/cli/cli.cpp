// SPDX-License-Identifier: MIT
// The declaration of the wa-errors command line (cli.hpp): the tool's options and help, then one
// declare_X per command, which adds its subcommand, its options and its help, and returns its runner.
#include "cli.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>

#include <wa_errors/lookup.hpp>
#include <wa_errors/retry_after.hpp>
#include <wa_errors/version.hpp>

#include "commands.hpp"
#include "completion.hpp"
#include "input.hpp"
#include "manpage.hpp"
#include "numbers.hpp"
#include "serve.hpp"
#include "simulate.hpp"
#include "suggest.hpp"
#include "text.hpp"

namespace wa_errors_cli {

namespace {

// Words of `text` in lines of at most `width` columns (a longer word gets a line of its own);
// the line breaks it has stay.
std::string wrapped(const std::string& text, std::size_t width) {
    std::string out;
    std::size_t column = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '\n' || text[at] == ' ') {
            if (text[at] == '\n') {
                out += '\n';
                column = 0;
            }
            ++at;
            continue;
        }
        const std::size_t end = std::min(text.find_first_of(" \n", at), text.size());
        const std::size_t length = end - at;
        if (column > 0 && column + 1 + length > width) {
            out += '\n';
            column = 0;
        } else if (column > 0) {
            out += ' ';
            ++column;
        }
        out.append(text, at, length);
        column += length;
        at = end;
    }
    return out;
}

// Where `cmake --install` puts docs/ (share/doc/wa_errors/docs under the install prefix): the
// help and the man page name the installed guides, not the repository's paths.
#ifndef WA_ERRORS_DOC_DIR
#define WA_ERRORS_DOC_DIR "share/doc/wa_errors/docs"
#endif
constexpr const char* doc_dir = WA_ERRORS_DOC_DIR;

// CLI11's help layout within 80 columns, with "usage:" in lower case as in the tool's other
// messages, a repeatable positional shown as NAME..., and the options every command takes
// (--color) in each command's help too.
class help_formatter : public CLI::Formatter {
public:
    static constexpr std::size_t name_width = 24;
    static constexpr std::size_t text_width = 80 - name_width;

    help_formatter() {
        column_width(name_width);
        label("Usage", "usage");
        label("SUBCOMMAND", "COMMAND");
    }

    std::string make_option_usage(const CLI::Option* option) const override {
        std::string name = option->get_name(true, false);
        if (option->get_expected_max() > 1) name += "...";
        return option->get_required() ? name : "[" + name + "]";
    }

    // CLI11 appends "Needs: ..." and "Excludes: ..." to an option's name column; the
    // descriptions say it in words instead ("not with --json"), and the error message on use.
    std::string make_option_opts(const CLI::Option* option) const override {
        std::string opts = CLI::Formatter::make_option_opts(option);
        for (const std::string& note : {" " + get_label("Needs") + ":", " " + get_label("Excludes") + ":"}) {
            const std::size_t at = opts.find(note);
            if (at != std::string::npos) opts.erase(at);
        }
        return opts;
    }

    std::string make_option_desc(const CLI::Option* option) const override {
        return wrapped(option->get_description(), text_width);
    }

    std::string make_subcommand(const CLI::App* sub) const override {
        std::stringstream out;
        CLI::detail::format_help(out, sub->get_name(), wrapped(sub->get_description(), text_width), name_width);
        return out.str();
    }

    std::string make_description(const CLI::App* app) const override {
        return wrapped(app->get_description(), 80) + "\n";
    }

    std::string make_footer(const CLI::App* app) const override {
        std::string out;
        if (const CLI::App* parent = app->get_parent()) {
            const auto global = parent->get_options([parent](const CLI::Option* o) {
                return o != parent->get_help_ptr() && o != parent->get_version_ptr();
            });
            if (!global.empty()) out += make_group("Global options", false, global).substr(1) + "\n";
        }
        return out + CLI::Formatter::make_footer(app);
    }
};

std::string input_limit() { return std::to_string(max_input / (1024 * 1024)) + " MiB"; }

// An option taking a whole number within [low, high]. The message for another value is
// "NAME WHAT, got 'VALUE'"; WHAT says the range unless given.
CLI::Option* add_number(CLI::App& app, const std::string& name, long long low, long long high,
                        std::function<void(long long)> set, const std::string& help, const std::string& unit = "N",
                        std::string what = "") {
    if (what.empty()) what = "takes a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    return app
        .add_option_function<std::string>(
            name,
            [=](const std::string& text) {
                const auto value = parse_whole(text, low, high);
                if (!value) throw CLI::ValidationError(name + " " + what + ", got '" + text + "'");
                set(*value);
            },
            help)
        ->type_name(unit);
}

// An option or positional taking one of `values`, which its help lists; another value is
// refused naming them all.
CLI::Option* add_choice(command_line& cli, CLI::App& app, const std::string& name, const std::string& noun,
                        const std::vector<std::string>& values, std::function<void(const std::string&)> set,
                        const std::string& help, const std::string& unit) {
    CLI::Option* option = app.add_option_function<std::string>(
        name,
        [=](const std::string& text) {
            if (std::find(values.begin(), values.end(), text) == values.end()) {
                const std::string guess = nearest(text, values);
                throw CLI::ValidationError("unknown " + noun + " '" + text + "'" +
                                           (guess.empty() ? "" : "; did you mean '" + guess + "'?") +
                                           " (valid: " + joined(values, ", ") + ")");
            }
            set(text);
        },
        help + " (" + joined(values, ", ") + ")");
    option->type_name(unit);
    cli.choices[option] = values;
    return option;
}

template <class Enum>
std::vector<std::string> names_of() {
    std::vector<std::string> names;
    for (int i = 0;; ++i) {
        const std::string_view name = wa_errors::to_string(static_cast<Enum>(i));
        if (name.empty()) return names;
        names.emplace_back(name);
    }
}

// The numbers from 100 to 599 that the catalog knows as Meta codes, which explain reads as codes
// rather than as HTTP statuses: "100, 102, 190, 200-299, 368".
std::string status_like_codes() {
    std::vector<std::pair<long long, long long>> ranges;
    for (const wa_errors::error_info& e : wa_errors::catalog()) {
        if (e.code && *e.code >= 100 && *e.code <= 599 && !e.subcode)
            ranges.emplace_back(*e.code, e.code_max.value_or(*e.code));
    }
    std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    std::vector<std::string> codes;
    long long covered = 0;  // the highest code listed so far
    for (const auto& [first, last] : ranges) {
        if (last <= covered) continue;
        codes.push_back(first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last));
        covered = last;
    }
    return joined(codes, ", ");
}

// A command as its declaration makes it: its App, and what runs it once the line is parsed.
struct command {
    CLI::App* app = nullptr;
    runner run{};
};

// QUERY and what came with the error: what explain and decide look up (query.hpp).
void add_query(CLI::App& app, query_options& query) {
    app.add_option("QUERY", query.words,
                   "A Meta code, a catalog id or its end (invalid_api_key), an HTTP status, or: http N")
        ->expected(0, 2)
        ->type_name("");
    add_number(
        app, "--status", 100, 599, [&query](long long v) { query.status = v; },
        "The HTTP status the error came with: it picks the fallback for a code the catalog lacks. With no QUERY: "
        "the status to look up");
    add_number(
        app, "--subcode", 0, 999999999999999999LL, [&query](long long v) { query.subcode = v; },
        "The error_subcode that came with the code (100 --subcode 2388072)");
    app.add_option("--message", query.message,
                   "The error's message, title or details, which tell some codes' meanings apart")
        ->type_name("TEXT");
    app.add_option("--recipient", query.recipient,
                   "The recipient's phone number or wa_id, which tells some codes' meanings apart (131049)")
        ->type_name("NUMBER");
}

std::string query_rules() {
    return "QUERY is read as:\n"
           "  a number the catalog knows as a Meta code: that code. From 100 to 599, these are\n"
           "    codes: " +
           status_like_codes() +
           "\n"
           "  another number from 100 to 599: the HTTP status, its generic entry (503)\n"
           "  http N: the HTTP status N, always (http 506)\n"
           "  any other number: a code the catalog lacks, shown with the fallback classify() picks\n"
           "  a catalog id (360dialog.invalid_api_key), else the end of one after a dot\n"
           "    (invalid_api_key), else a part of one. When several ids match, they are listed on\n"
           "    stderr and the exit status is 2.\n"
           "With --status or --subcode, a number is always a code.\n";
}

command declare_explain(command_line& cli) {
    const auto options = std::make_shared<explain_options>();
    CLI::App& app = *cli.app->add_subcommand("explain", "What a code, id or HTTP status means, and what to do");
    add_query(app, options->query);
    app.add_flag("--json", options->json, "Print one JSON object (keys: cli.md, JSON output)");
    app.footer(query_rules() +
               "A code with several meanings (1005, 100, 131049...) lists them all, and what tells them\n"
               "apart: the error_subcode, the message's text, the recipient's country. --subcode,\n"
               "--message and --recipient pick one as classify() would.\n"
               "Examples:\n"
               "  wa-errors explain 131047\n"
               "  wa-errors explain 100 --subcode 2388072\n"
               "  wa-errors explain 1005 --message 'Registration timeout'\n"
               "  wa-errors explain 503\n");
    return {&app, [options](const command_line&, bool colour) { return explain(*options, colour); }};
}

command declare_classify(command_line& cli) {
    const auto options = std::make_shared<classify_options>();
    CLI::App& app =
        *cli.app->add_subcommand("classify", "Every error in a response, webhook, curl -i output, log or paste");
    app.add_option("FILE", options->path, "The file to read; standard input when it is - or absent")->type_name("");
    add_number(
        app, "--status", 100, 599, [options](long long v) { options->status = v; },
        "The response's HTTP status (it replaces the status line of curl -i output)");
    app.add_option("--header", options->headers,
                   "A response header, 'Name: value' (Retry-After, X-Business-Use-Case-Usage...); repeatable")
        ->type_name("HEADER")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(CLI::Validator(
            [](std::string& header) {
                const std::size_t colon = header.find(':');
                return colon == std::string::npos || colon == 0 ? "expects 'Name: value', got '" + header + "'"
                                                                : std::string();
            },
            "", "header"));
    app.add_flag("--json", options->json, "Print one JSON object per error (JSON Lines; keys: cli.md, JSON output)");
    app.footer("It reads at most " + input_limit() +
               " and finds the errors in:\n"
               "  a response body or webhook payload (JSON)\n"
               "  curl -i output: the status line and the headers count too (Retry-After, usage headers)\n"
               "  log lines with JSON in them, and JSON escaped in a log field: body=\"{\\\"error\\\":...}\"\n"
               "  JSON logs whose strings hold the error's JSON or text\n"
               "  JSON Lines: each line's errors, in order\n"
               "  near-JSON: Python dicts, JavaScript objects, Ruby hashes, Java toString, JSON\n"
               "    with a missing comma or cut short\n"
               "  plain text naming a code: (#131047) Re-engagement message, error code 131047,\n"
               "    131047: Re-engagement message, #131026 (cli.md lists the forms)\n"
               "Examples:\n"
               "  curl -si https://graph.facebook.com/... | wa-errors classify\n"
               "  wa-errors classify --status 429 --header 'Retry-After: 30' body.json\n"
               "  grep fbtrace app.log | wa-errors classify --json\n");
    return {&app, [options](const command_line&, bool colour) { return classify(*options, colour); }};
}

command declare_decide(command_line& cli) {
    const auto options = std::make_shared<decide_options>();
    constexpr long long year_s = 366LL * 24 * 3600;
    CLI::App& app = *cli.app->add_subcommand("decide", "Whether and when to send a failed message again");
    add_query(app, options->query);
    add_number(
        app, "--attempt", 1, 1000000, [options](long long v) { options->attempt = v; },
        "Attempts of the message that counted, this one included (default 1; throttles don't count)");
    add_number(
        app, "--scope-failures", 1, 1000000, [options](long long v) { options->scope_failures = v; },
        "Failures of the number or user in a row: Meta's X in 4^X (default 1)");
    add_number(
        app, "--elapsed", 0, year_s, [options](long long v) { options->elapsed = std::chrono::seconds(v); },
        "Seconds since the message first failed (default 0)", "SECONDS");
    add_number(
        app, "--deadline", 0, year_s, [options](long long v) { options->deadline = std::chrono::seconds(v); },
        "Seconds left before the message is no longer worth sending", "SECONDS");
    app.add_option_function<std::string>(
           "--retry-after",
           [options](const std::string& text) {
               const auto wait = wa_errors::parse_retry_after(text, std::chrono::system_clock::now());
               if (!wait) throw CLI::ValidationError("--retry-after takes seconds or an HTTP date, got '" + text + "'");
               options->retry_after = *wait;
           },
           "The server's Retry-After: a floor, never shortened")
        ->type_name("SECONDS|HTTP-DATE");
    app.add_option_function<std::string>(
           "--jitter",
           [options](const std::string& text) {
               const auto value = parse_fraction(text);
               if (!value) throw CLI::ValidationError("--jitter takes a number from 0 to 1, got '" + text + "'");
               options->jitter = *value;
           },
           "The random number in [0, 1] a sender would draw (default 1: the longest wait)")
        ->type_name("X");
    app.add_flag("--json", options->json, "Print one JSON object (keys: cli.md, JSON output)");
    app.footer(query_rules() +
               "Examples:\n"
               "  wa-errors decide 130429 --scope-failures 3\n"
               "  wa-errors decide 131056 --retry-after 30 --json\n");
    return {&app, [options](const command_line&, bool colour) { return decide(*options, colour); }};
}

command declare_list(command_line& cli) {
    const auto options = std::make_shared<list_options>();
    CLI::App& app = *cli.app->add_subcommand("list", "The catalog, optionally filtered");
    add_choice(
        cli, app, "--category", "category", names_of<wa_errors::category>(),
        [options](const std::string& v) { options->category = wa_errors::from_string<wa_errors::category>(v); },
        "Only entries of this category", "CATEGORY");
    add_choice(
        cli, app, "--source", "source", names_of<wa_errors::source>(),
        [options](const std::string& v) { options->source = wa_errors::from_string<wa_errors::source>(v); },
        "Only entries of this source", "SOURCE");
    CLI::Option* json = app.add_flag("--json", options->json, "Print one JSON object per entry (JSON Lines)");
    app.add_flag("--markdown", options->markdown, "Print the catalog as a Markdown table (not with --json)")
        ->excludes(json);
    return {&app, [options](const command_line&, bool colour) { return list(*options, colour); }};
}

command declare_serve(command_line& cli) {
    const auto options = std::make_shared<serve_options>();
    CLI::App& app = *cli.app->add_subcommand("serve", "A fake Cloud API or 360dialog endpoint, over HTTP");
    add_number(
        app, "--port", 0, 65535, [options](long long v) { options->port = static_cast<int>(v); },
        "The port to listen on; 0 (the default) picks a free one", "N", "expects 0 to 65535");
    app.add_option("--host", options->host, "The address to bind (default 127.0.0.1)")->type_name("ADDR");
    app.add_option_function<std::string>(
           "--scenario", [options](const std::string& v) { options->scenario_file = v; },
           "The scenario (JSON, see fake-api.md); without one, every valid request succeeds within the limits")
        ->type_name("FILE");
    app.add_option_function<std::string>(
           "--webhook",
           [options](const std::string& v) {
               if (v.rfind("http://", 0) != 0 && v.rfind("https://", 0) != 0)
                   throw CLI::ValidationError("--webhook expects an http:// or https:// URL, got '" + v + "'");
               options->webhook = v;
           },
           "POST status webhooks here, shaped as Meta's")
        ->type_name("URL");
    app.add_option_function<std::string>(
           "--app-secret",
           [options](const std::string& v) {
               if (v.empty()) throw CLI::ValidationError("--app-secret must not be empty");
               options->app_secret = v;
           },
           "Sign webhooks with X-Hub-Signature-256 (HMAC-SHA256 with this secret)")
        ->type_name("SECRET");
    add_choice(
        cli, app, "--flavour", "flavour", {"meta", "360dialog"},
        [options](const std::string& v) { options->flavour = v; }, "The API to fake, overriding the scenario's",
        "FLAVOUR");
    app.add_flag("--quiet", options->quiet, "No log line per request on stderr");
    app.footer(
        "Meta's POST /{version}/{phone_number_id}/messages with a Bearer token, or 360dialog's POST\n"
        "/messages with D360-API-KEY. It enforces Meta's documented limits and plays the scenario's\n"
        "scripted errors, faults and outages. The first line it prints is the URL it listens on;\n"
        "GET /_fake/stats answers what it counted. It stops on SIGINT or SIGTERM.\n");
    return {&app, [options](const command_line&, bool) { return serve(*options); }};
}

command declare_simulate(command_line& cli) {
    const auto options = std::make_shared<simulate_options>();
    CLI::App& app = *cli.app->add_subcommand("simulate", "A naive sender against the library's, through the fake API");
    add_number(
        app, "--seed", 0, 1LL << 62, [options](long long v) { options->seed = static_cast<std::uint64_t>(v); },
        "The random seed (default 42)");
    app.add_flag("--json", options->json, "Print one JSON object per scenario and sender");
    app.footer(
        "Sends 10 000 messages through the in-process fake Cloud API with a naive sender and with\n"
        "the library's send_policy, in each scenario: Meta's documented limits, capped users,\n"
        "transient errors, an outage, limits tighter than documented, other products' errors\n"
        "interleaved with messages, a closed window then the template it calls for, 20- and\n"
        "60-minute 503 outages with Retry-After, an account-wide 429, an incident of 131000s on\n"
        "one number, a storm of messages to five users, late webhooks. Each line says\n"
        "what a sender delivered, and at what cost. The columns (and the keys of --json):\n"
        "  messages          messages to send (each is delivered, given_up or pending:\n"
        "                    delivered + given_up + pending = messages)\n"
        "  delivered         arrived at the recipient, and the sender did not give up on it\n"
        "  given_up          the sender marked it failed (a copy may have arrived anyway)\n"
        "  pending           neither when the run ended: still waiting for a retry or an answer\n"
        "  given_up_arrived  of given_up, those a copy of which arrived anyway (a timed-out send)\n"
        "  requests          sends, first tries and retries\n"
        "  errors            answers that were errors, and requests that got no answer\n"
        "  dupes             messages accepted again while an earlier copy stood\n"
        "  floor             requests sent inside a wait the sender had been told of\n"
        "  wrong             messages held by a hold whose traffic does not cover them\n"
        "                    (--json: wrongly_held)\n"
        "  p50, p99          time from the start to delivery, over the messages that arrived\n"
        "  (--json also has simulated_s: when the last message was settled; unwarned_duplicates:\n"
        "  of dupes, those resent without a decision saying may_duplicate; last_delivery_s and\n"
        "  documented_min_s: the last arrival, and the least time Meta's documented limits allow;\n"
        "  errors_by_id: the error answers by catalog id)\n");
    return {&app, [options](const command_line&, bool) { return simulate(*options); }};
}

command declare_completion(command_line& cli) {
    const auto shell = std::make_shared<std::string>();
    CLI::App& app = *cli.app->add_subcommand("completion", "Print the completion script for bash, zsh or fish");
    add_choice(
        cli, app, "SHELL", "shell", {"bash", "zsh", "fish"}, [shell](const std::string& v) { *shell = v; }, "The shell",
        "")
        ->required();
    app.footer(
        "Examples:\n"
        "  source <(wa-errors completion bash)\n"
        "  wa-errors completion zsh > \"${fpath[1]}/_wa-errors\"\n"
        "  wa-errors completion fish > ~/.config/fish/completions/wa-errors.fish\n");
    return {&app, [shell](const command_line& line, bool) {
                std::cout << completion_script(line, *shell);
                return 0;
            }};
}

// `wa-errors help` is the tool's help: app.help() would give the help of the command it is in.
// Declared after the commands it can name.
command declare_help(command_line& cli) {
    const auto topic = std::make_shared<std::string>();
    CLI::App& app = *cli.app->add_subcommand("help", "Print the help of a command, or of the tool");
    std::vector<std::string> commands;
    for (const CLI::App* c : visible_commands(*cli.app)) commands.push_back(c->get_name());
    add_choice(
        cli, app, "COMMAND", "command", commands, [topic](const std::string& v) { *topic = v; }, "The command", "");
    return {&app, [topic](const command_line& line, bool) {
                const CLI::App& tool = *line.app;
                if (topic->empty())
                    std::cout << tool.get_formatter()->make_help(&tool, tool.get_name(), CLI::AppFormatMode::Normal);
                else
                    std::cout << tool.get_subcommand(*topic)->help(tool.get_name());
                return 0;
            }};
}

// The man page, for the build (tools/cli/CMakeLists.txt): no command for people to find.
command declare_man(command_line& cli) {
    CLI::App& app = *cli.app->add_subcommand("man", "Print the man page (roff)")->group("");
    return {&app, [](const command_line& line, bool) {
                std::cout << man_page(line);
                return 0;
            }};
}

}  // namespace

std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
}

std::vector<std::string> option_names(const CLI::Option& option) {
    if (option.get_positional()) return {option.get_name(true, false)};
    std::vector<std::string> names;
    for (const std::string& name : option.get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option.get_snames()) names.push_back("-" + name);
    return names;
}

command_line declare(global_options& global) {
    command_line cli;
    cli.app = std::make_unique<CLI::App>(
        "wa-errors: what a WhatsApp Business API or 360dialog error means, whether and when to retry it, and what to "
        "do about it.",
        "wa-errors");
    CLI::App& app = *cli.app;
    app.formatter(std::make_shared<help_formatter>());
    app.set_help_flag("-h,--help", "Print this help and exit");
    // The last of a repeated option wins, as in most tools; --header collects all of them.
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    // --color may come after the command too; one command per run.
    app.fallthrough();
    app.require_subcommand(0, 1);
    app.group("Commands");  // the heading of the list of commands, which take it from here
    app.set_version_flag("--version",
                         "wa-errors " + std::string(wa_errors::version_string) + " (catalog " +
                             std::string(wa_errors::catalog_version()) + ")",
                         "Print the version of the tool and of its catalog and exit");
    add_choice(
        cli, app, "--color", "colour mode", {"auto", "always", "never"},
        [&global](const std::string& v) {
            global.colour = v == "always"  ? colour_mode::always
                            : v == "never" ? colour_mode::never
                                           : colour_mode::automatic;
        },
        "When to colour the output: auto colours a terminal, unless the environment says otherwise", "WHEN");
    // Read by main() once the command line is parsed, before the command runs.
    app.add_option("--catalog", global.catalog,
                   "Answer from FILE, a newer errors.json laid over the catalog built into the tool (new codes and "
                   "changed entries win); it is checked as the generator checks it")
        ->type_name("FILE")
        ->envname("WA_ERRORS_CATALOG");

    for (const command& c :
         {declare_explain(cli), declare_classify(cli), declare_decide(cli), declare_list(cli), declare_serve(cli),
          declare_simulate(cli), declare_completion(cli), declare_help(cli), declare_man(cli)})
        cli.runners[c.app] = c.run;

    cli.sections = {{"Examples",
                     "  wa-errors explain 131047\n"
                     "  wa-errors explain invalid_api_key --json\n"
                     "  curl -si \"$URL\" | wa-errors classify\n"
                     "  wa-errors decide 130429 --retry-after 30\n"
                     "  wa-errors list --category rate_limit\n"},
                    {"Exit status",
                     "  0  found: an entry, an error in the input, a decision\n"
                     "  1  not found: the input holds no error, or no catalog entry matches\n"
                     "  2  a usage error (a mistyped command or option, a bad value, a query matching several\n"
                     "     ids), or an input or output error (a missing or unreadable file, input over " +
                         input_limit() +
                         ",\n"
                         "     a failed write to standard output)\n"},
                    {"Environment",
                     "  With --color=auto (the default), colour goes to a terminal, except:\n"
                     "  NO_COLOR        when set and not empty: no colour\n"
                     "  CLICOLOR_FORCE  when set and not 0: colour, even into a pipe, a file or a dumb terminal\n"
                     "                  (NO_COLOR wins)\n"
                     "  TERM            dumb: no colour\n"
                     "  CLICOLOR        0: no colour\n"
                     "  --color=always and --color=never ignore the environment.\n"
                     "  WA_ERRORS_CATALOG  a newer errors.json to answer from, as --catalog FILE (which wins)\n"},
                    {"See also", "  wa-errors help COMMAND; the guides installed in " + std::string(doc_dir) +
                                     ":\n"
                                     "  cli.md (every option, the JSON output), errors.md (the catalog), api/ (the\n"
                                     "  library's API reference)\n"}};
    // Set last: a subcommand starts with its parent's footer.
    std::string footer;
    for (const section& s : cli.sections) footer += s.title + ":\n" + s.text;
    app.footer(footer);
    return cli;
}

}  // namespace wa_errors_cli
