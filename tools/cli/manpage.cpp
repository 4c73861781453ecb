// SPDX-License-Identifier: MIT
#include "manpage.hpp"

#include <sstream>

#include <wa_errors/version.hpp>

namespace wa_errors_cli {

namespace {

// Text as roff prints it: backslashes escaped, and no line taken for a request ('.' or '\'' first).
std::string roff(const std::string& text) {
    std::string out;
    bool line_start = true;
    for (const char c : text) {
        if (line_start && (c == '.' || c == '\'')) out += "\\&";
        out += c == '\\' ? "\\e" : std::string(1, c);
        line_start = c == '\n';
    }
    return out;
}

// An option's names in bold, its value's name in italics: \fB\-\-status\fR \fIN\fR.
std::string option_term(const CLI::Option& option) {
    std::string out;
    for (const std::string& name : option_names(option)) {
        if (!out.empty()) out += ", ";
        std::string escaped;
        for (const char c : name) escaped += c == '-' ? "\\-" : std::string(1, c);
        out += "\\fB" + escaped + "\\fR";
    }
    const std::string unit = option.get_type_name();
    if (!option.get_positional() && option.get_expected_max() != 0 && !unit.empty())
        out += " \\fI" + roff(unit) + "\\fR";
    return out;
}

void options_list(std::ostream& out, const std::vector<const CLI::Option*>& options) {
    for (const CLI::Option* option : options) {
        out << ".TP\n" << option_term(*option) << "\n" << roff(option->get_description()) << "\n";
    }
}

// Help text laid out in lines (the sections, the commands' footers) stays as it is.
void verbatim(std::ostream& out, const std::string& text) {
    if (text.empty()) return;
    out << ".PP\n.nf\n" << roff(text) << (text.back() == '\n' ? "" : "\n") << ".fi\n";
}

std::string upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

}  // namespace

std::string man_page(const command_line& cli) {
    const CLI::App& app = *cli.app;
    const auto formatter = std::dynamic_pointer_cast<CLI::Formatter>(app.get_formatter());
    std::string summary = app.get_description();
    const std::string prefix = "wa-errors: ";
    if (summary.compare(0, prefix.size(), prefix) == 0) summary.erase(0, prefix.size());

    std::ostringstream out;
    out << ".TH WA-ERRORS 1 \"\" \"wa-errors " << wa_errors::version_string << "\" \"User Commands\"\n"
        << ".SH NAME\n"
        << "wa-errors \\- " << roff(summary) << "\n"
        << ".SH SYNOPSIS\n";
    for (const CLI::App* command : visible_commands(app)) {
        std::string usage = formatter->make_usage(command, command->get_name());
        usage.erase(0, usage.find(':') + 2);  // "usage: "
        while (!usage.empty() && usage.back() == '\n') usage.pop_back();
        out << ".B wa-errors\n" << roff(usage) << "\n.br\n";
    }
    std::string description = summary;
    if (!description.empty()) description.front() = upper(description.substr(0, 1)).front();
    out << ".SH DESCRIPTION\n"
        << roff(description) << "\n"
        << "Each command's options follow it; the global options may come before or after the command.\n"
        << ".SH COMMANDS\n";
    for (const CLI::App* command : visible_commands(app)) {
        out << ".SS " << command->get_name() << "\n" << roff(command->get_description()) << "\n";
        options_list(out,
                     command->get_options([command](const CLI::Option* o) { return o != command->get_help_ptr(); }));
        verbatim(out, command->get_footer());
    }
    out << ".SH GLOBAL OPTIONS\n";
    options_list(out, app.get_options());
    for (const section& s : cli.sections) {
        out << ".SH " << upper(s.title) << "\n";
        verbatim(out, s.text);
    }
    return out.str();
}

}  // namespace wa_errors_cli
