// SPDX-License-Identifier: MIT
// The reader of pasted text is one loop over a worklist of pieces: the input (or a capture's
// body) first, then the strings of JSON documents and the JSON escaped in them. Each piece is
// read by the first of its forms that takes it (JSON, near-JSON, text), and text by the forms of
// its parts (JSON objects, escaped JSON, then lines naming a code, in the table `line_forms`).
// Reading a piece emits errors or adds pieces; nothing calls back into the loop.
#include "paste.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <utility>

#include <wa_errors/lookup.hpp>
#include <wa_errors/payload.hpp>
#include <wa_errors/payload/response.hpp>

#include "catalog_in_use.hpp"
#include "near_json.hpp"
#include "numbers.hpp"
#include "text.hpp"

namespace wa_errors_cli {

namespace {

namespace payload = wa_errors::payload;
constexpr std::size_t npos = std::string_view::npos;

// How often JSON may sit escaped inside a string inside a string: real logs nest two deep.
constexpr int max_depth = 4;
// How much of a line a plain-text error keeps as its message. The catalog's text fragments are
// looked for in the first 64 KiB; a line longer than this one is no error message.
constexpr std::size_t max_line_message = 4096;
constexpr long long max_number = 999999999999999999LL;  // 18 digits, as parse_whole reads

// `curl -i` output: a status line, headers, a blank line, the body. Interim answers (100
// Continue), a proxy's answer to CONNECT and redirects followed with -L come first, each with a
// status line and headers of its own: the last status line is the response's.
struct capture {
    int status = 0;
    std::vector<header_line> headers{};
    std::string_view body{};
};

std::optional<capture> read_capture(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size() && is_space(text[at])) ++at;
    std::optional<capture> last;
    while (text.compare(at, 5, "HTTP/") == 0) {
        const std::string_view status_line = next_line(text, at);
        const std::size_t space = status_line.find(' ');
        if (space == npos) break;
        const std::string_view rest = status_line.substr(space + 1);
        const auto status = parse_whole(rest.substr(0, 3), 100, 599);
        if (!status || (rest.size() > 3 && rest[3] != ' ')) break;
        capture c;
        c.status = static_cast<int>(*status);
        while (at < text.size()) {
            const std::string_view line = next_line(text, at);
            if (line.empty()) break;
            if ((line.front() == ' ' || line.front() == '\t') && !c.headers.empty()) {  // a folded line
                c.headers.back().value += ' ';
                c.headers.back().value += trim(line);
                continue;
            }
            const std::size_t colon = line.find(':');
            if (colon != npos)
                c.headers.push_back(
                    {std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
        }
        c.body = text.substr(at);
        last = std::move(c);
    }
    return last;
}

// ---- Lines that name a code ----------------------------------------------------------------

// The digits at text[at], after the spaces, quotes and separators of "code: 1", "code=1",
// "'code': 1" or "code #1", as a number; nothing when none follows or it runs into a letter.
std::optional<long long> number_after(std::string_view text, std::size_t at) {
    while (at < text.size() && std::string_view(" \t:=#'\"").find(text[at]) != npos) ++at;
    std::size_t end = at;
    while (end < text.size() && is_ascii_digit(text[end])) ++end;
    if (end == at || (end < text.size() && is_letter(text[end]))) return std::nullopt;
    return parse_whole(text.substr(at, end - at), 0, max_number);
}

// What a line says, lower-cased, and what its labelled numbers are.
struct line_facts {
    std::string_view text{};  // lower-cased
    std::optional<long long> labelled_code{}, subcode{}, status{};
};

// What a word names in plain text when a number follows it (`previous` is the word before).
enum class label { none, code, subcode, status };

label label_of(std::string_view word, std::string_view previous) {
    if (ends_with(word, "subcode")) return label::subcode;  // error_subcode, errorsubcode
    if (word == "code") return previous == "http" || previous == "status" ? label::status : label::code;
    if (word == "error_code" || word == "errorcode") return label::code;
    if (word == "status" || ends_with(word, "_status") || word == "httpstatus" || word == "httpcode" ||
        word == "http_code" || word == "status_code" || word == "statuscode")
        return label::status;
    return label::none;
}

line_facts facts_of(std::string_view lowered) {
    line_facts f;
    f.text = lowered;
    std::string_view previous;
    for (std::size_t i = 0; i < lowered.size();) {
        if (!is_letter(lowered[i]) && lowered[i] != '_') {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < lowered.size() && (is_letter(lowered[i]) || lowered[i] == '_')) ++i;
        const std::string_view word = lowered.substr(start, i - start);
        const label named = label_of(word, previous);
        previous = word;
        std::optional<long long>& slot = named == label::code      ? f.labelled_code
                                         : named == label::subcode ? f.subcode
                                                                   : f.status;
        if (named != label::none && !slot) slot = number_after(lowered, i);
    }
    return f;
}

// Words that make a number next to them an error's code, for the forms that have no label.
bool sounds_like_error(std::string_view lowered) {
    for (const std::string_view word : {"error", "fail", "invalid", "exception", "denied", "expired", "not allowed"})
        if (lowered.find(word) != npos) return true;
    return false;
}

// The catalog knows `code`, and `lowered` (the line, or what follows the code in it) reads like
// an error: it has an error word, or the code's catalog title ("131047: Re-engagement message").
bool known_in_context(long long code, std::string_view lowered) {
    const wa_errors::error_info* entry = catalog_in_use().find(code);
    if (entry == nullptr) return false;
    return sounds_like_error(lowered) || (!entry->title.empty() && lowered.find(ascii_lower(entry->title)) != npos);
}

// Each number in `text` that `before` and `after` surround, in order, until `take` accepts one
// (it is given the number and the text after `after`).
template <class Take>
std::optional<long long> each_number(std::string_view text, std::string_view before, std::string_view after,
                                     Take&& take) {
    for (std::size_t at = text.find(before); at != npos; at = text.find(before, at + 1)) {
        const std::size_t digits = at + before.size();
        std::size_t end = digits;
        while (end < text.size() && is_ascii_digit(text[end])) ++end;
        if (end == digits || text[digits] == '0' || text.compare(end, after.size(), after) != 0) continue;
        // Alone, a number starts a word: not the end of "12:00:01: ..." or "v21.0".
        if (before.empty() && digits > 0 && std::string_view(" \t\"'([").find(text[digits - 1]) == npos) continue;
        const auto code = parse_whole(text.substr(digits, end - digits), 0, max_number);
        if (code && take(*code, text.substr(end + after.size()))) return code;
    }
    return std::nullopt;
}

// The ways a line names a code, tried in this order; the first that finds one wins.
using line_form = std::optional<long long> (*)(const line_facts& line);

const line_form line_forms[] = {
    // Meta's own way of writing its codes, "(#131047) Re-engagement message": trusted without
    // the catalog.
    [](const line_facts& l) {
        return each_number(l.text, "(#", ")", [](long long, std::string_view) { return true; });
    },
    // A label before it: "error code 131049", "code: 190", "(Code 190)", "error_code=131026".
    // "postal code 10115" or "exit code 3" is no error: the catalog must know the code.
    [](const line_facts& l) {
        return l.labelled_code && catalog_in_use().find(*l.labelled_code) != nullptr ? l.labelled_code : std::nullopt;
    },
    // A code before its title: "131047: Re-engagement message", "190 - Invalid OAuth access
    // token". What follows must read like the error ("attempt 2 - of 5" is none).
    [](const line_facts& l) {
        const auto titled = [](long long code, std::string_view title) { return known_in_context(code, title); };
        if (auto code = each_number(l.text, "", ": ", titled)) return code;
        return each_number(l.text, "", " - ", titled);
    },
    // An issue tracker's reference to a code: "failing with #131026".
    [](const line_facts& l) {
        return each_number(l.text, "#", "",
                           [&l](long long code, std::string_view) { return known_in_context(code, l.text); });
    },
};

// An error named in a line of plain text. The line is the message, so that the catalog's text
// fragments can tell a code's meanings apart.
std::optional<payload::parsed_error> line_error(std::string_view line, int status) {
    line = trim(line);
    const std::string lowered = ascii_lower(line.substr(0, max_line_message));
    const line_facts facts = facts_of(lowered);
    std::optional<long long> code;
    for (const line_form form : line_forms)
        if ((code = form(facts))) break;
    if (!code) return std::nullopt;
    payload::parsed_error e;
    e.code = code;
    e.subcode = facts.subcode;
    e.message = std::string(payload::detail::utf8_prefix(line, max_line_message));
    const bool status_said = facts.status && *facts.status >= 100 && *facts.status <= 599;
    e.http_status = status != 0 ? status : status_said ? static_cast<int>(*facts.status) : 0;
    e.info = &catalog_in_use().classify({e.http_status, e.code, e.subcode, e.message});
    return e;
}

// ---- Escaped JSON ---------------------------------------------------------------------------

// The core's \u rules (the payload reader's too): one definition of a surrogate pair.
using wa_errors::detail::append_utf8;
using wa_errors::detail::code_point_of_pair;
using wa_errors::detail::is_high_surrogate;
using wa_errors::detail::is_low_surrogate;
using wa_errors::detail::unicode_escape;

// The text of a JSON string from text[at] on, escapes undone, up to the string's closing quote
// or the end of the line (a log field's value is one line); `end` is set past what was read.
std::string unescape(std::string_view text, std::size_t at, std::size_t& end) {
    std::string out;
    std::size_t i = at;
    for (; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char escaped = text[++i];
        switch (escaped) {
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                long unit = unicode_escape(text, i - 1);  // i - 1: the backslash
                if (unit < 0) {
                    out += "\\u";
                    break;
                }
                i += 4;
                if (is_high_surrogate(unit)) {  // a surrogate pair is one character
                    const long low = unicode_escape(text, i + 1);
                    if (is_low_surrogate(low)) {
                        unit = code_point_of_pair(unit, low);
                        i += 6;
                    } else {
                        unit = '?';
                    }
                } else if (is_low_surrogate(unit)) {
                    unit = '?';
                }
                append_utf8(out, static_cast<std::uint32_t>(unit));
                break;
            }
            default: out += escaped;  // \" \\ \/, and anything else as itself
        }
    }
    end = i;
    return out;
}

// ---- Objects in text ------------------------------------------------------------------------

// Whether the bracket at text[at] may open an object: a key or the end comes next ("{\"code\"",
// "{'code'", "{code:", "{:code=>", "{}"), or a class name before it ("Error{", "Error(code=").
bool object_start(std::string_view text, std::size_t at) {
    const bool named = at > 0 && (is_letter(text[at - 1]) || is_ascii_digit(text[at - 1]) || text[at - 1] == '_');
    if (text[at] != '{' && !named) return false;
    std::size_t next = at + 1;
    while (next < text.size() && is_space(text[next])) ++next;
    if (next == text.size()) return false;
    const char c = text[next];
    if (text[at] != '{') return is_letter(c) || c == '_';  // Error(code=..., Error[code=...
    return c == '"' || c == '\'' || c == '}' || is_letter(c) || c == '_' || c == ':';
}

// Where the object opened at text[open] closes as JSON nests it; npos when the text ends first.
std::size_t closing_bracket(std::string_view text, std::size_t open) {
    bracket_scan scan;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (scan.next(text[i]) == bracket_scan::step::close && scan.depth() == 0) return i;
    }
    return npos;
}

struct span {
    std::size_t begin{};
    std::size_t end{};  // past the last byte
};

// ---- The reader -----------------------------------------------------------------------------

// A part of the input to read, or text decoded from one.
struct piece {
    std::string_view text{};
    int depth = 0;              // how many times it was unescaped out of the input
    std::size_t pinned = npos;  // decoded text: the input offset its errors are reported at
};

class reader {
public:
    reader(std::string_view input, int status) : input_(input), status_(status), budget_(8 * input.size() + 65536) {}

    // The input, or a capture's body, with what parse_response() made of it; then every piece
    // that reading it adds, in turn.
    void run(std::string_view body, payload::parse_result&& parsed) {
        truncated_ = parsed.truncated;
        std::vector<payload::parsed_error> by_status;
        for (const payload::parsed_error& e : parsed.errors)
            if (e.shape == payload::shape::by_status) by_status.push_back(e);
        if (parsed.status != payload::parse_status::not_json) {
            take_json({body}, std::move(parsed));
        } else {
            read({body});
        }
        while (!pieces_.empty() && !full() && !search_cut_) {
            const piece p = pieces_.front();
            pieces_.pop_front();
            read(p);
        }
        // What the HTTP status alone says stands only when nothing better was found, and only
        // for an error status: a 200 with an HTML page is no error.
        if (found_.empty() && status_ >= 400)
            for (payload::parsed_error& e : by_status) add(std::move(e), offset_of({body}));
    }

    paste_result result() && {
        // Errors come in input order but for those named in plain text, which are looked for
        // after the JSON of the same text, and those of decoded pieces, read later.
        const auto earlier = [](const located& a, const located& b) { return a.offset < b.offset; };
        if (!std::is_sorted(found_.begin(), found_.end(), earlier))
            std::stable_sort(found_.begin(), found_.end(), earlier);
        paste_result out;
        out.errors.reserve(found_.size());
        std::size_t line = 1;
        std::size_t counted = 0;  // input_[0, counted) holds line - 1 line breaks
        for (located& f : found_) {
            line += static_cast<std::size_t>(std::count(input_.begin() + static_cast<std::ptrdiff_t>(counted),
                                                        input_.begin() + static_cast<std::ptrdiff_t>(f.offset), '\n'));
            counted = f.offset;
            out.errors.push_back({std::move(f.error), line});
        }
        out.json = json_;
        out.truncated = truncated_;
        out.search_cut = search_cut_;
        return out;
    }

private:
    struct located {
        std::size_t offset{};  // in the input: where the error's JSON or line starts
        payload::parsed_error error{};
    };

    std::size_t offset_of(const piece& p, std::size_t at = 0) const {
        return p.pinned != npos ? p.pinned : static_cast<std::size_t>(p.text.data() - input_.data()) + at;
    }

    // A part of `p` as a piece of its own (decoded text is reported where `p` puts it).
    piece part(const piece& p, std::size_t at, std::size_t size) const {
        return {p.text.substr(at, size), p.depth, p.pinned != npos ? p.pinned : offset_of(p, at)};
    }

    bool full() const { return found_.size() >= max_found; }

    void add(payload::parsed_error&& error, std::size_t offset) {
        if (full()) {
            truncated_ = true;
            return;
        }
        found_.push_back({offset, std::move(error)});
    }

    // The search for JSON in text that is not JSON may look at each byte several times (a '{'
    // that opens nothing); this bounds the total to a few times the input, whatever its shape.
    bool spend(std::size_t bytes) {
        if (bytes > budget_) search_cut_ = true;
        budget_ = search_cut_ ? 0 : budget_ - bytes;
        return !search_cut_;
    }

    // Decoded text, kept as long as the pieces that point into it.
    std::string_view keep(std::string&& text) { return owned_.emplace_back(std::move(text)); }

    // A piece's forms: JSON, then near-JSON that is the whole piece (a broken or cut body, a
    // Python or Ruby dump), then text.
    void read(const piece& p) {
        payload::parse_result parsed = payload::parse(p.text, status_, catalog_in_use());
        if (parsed.status != payload::parse_status::not_json) {
            take_json(p, std::move(parsed));
            return;
        }
        const std::string_view trimmed = trim(p.text);
        if (!trimmed.empty() && (trimmed.front() == '{' || trimmed.front() == '[') && spend(trimmed.size())) {
            std::optional<near_json> near = as_json(trimmed);
            if (near && trim(trimmed.substr(near->used)).empty()) {
                parsed = payload::parse(near->json, status_, catalog_in_use());
                if (parsed.status != payload::parse_status::not_json) {
                    take_json(part(p, static_cast<std::size_t>(trimmed.data() - p.text.data()), trimmed.size()),
                              std::move(parsed));
                    return;
                }
            }
        }
        read_text(p);
    }

    // A JSON document's errors, those without a code whose message is itself a JSON body read
    // in their place ({"error": "{\"error\":...}"}, as wrappers of a failed call write). When it
    // reports none (a log record, a delivered status), its strings are pieces to read. True when
    // it reported errors.
    bool take_json(const piece& p, payload::parse_result&& parsed) {
        json_ = true;
        truncated_ = truncated_ || parsed.truncated;
        const bool reported = std::any_of(parsed.errors.begin(), parsed.errors.end(), [](const auto& e) {
            return e.shape != payload::shape::by_status && !success(e);
        });
        if (!reported) {
            if (p.depth < max_depth) add_strings(p);
            return false;
        }
        for (payload::parsed_error& e : parsed.errors) {
            if (e.shape == payload::shape::by_status || success(e)) continue;
            if (!e.code && p.depth < max_depth) {
                const std::string_view message = trim(e.message);
                if (!message.empty() && message.front() == '{') {
                    payload::parse_result inner = payload::parse(message, status_, catalog_in_use());
                    if (std::any_of(inner.errors.begin(), inner.errors.end(),
                                    [](const auto& i) { return i.shape != payload::shape::by_status; })) {
                        for (payload::parsed_error& i : inner.errors)
                            if (i.shape != payload::shape::by_status) add(std::move(i), offset_of(p));
                        continue;
                    }
                }
            }
            add(std::move(e), offset_of(p));
        }
        return true;
    }

    // 360dialog's envelope of a success ({"meta": {"success": true, "http_code": 200, ...}}) is
    // no error, whatever else it says.
    static bool success(const payload::parsed_error& e) {
        return e.shape == payload::shape::meta && !e.code && e.http_status >= 200 && e.http_status < 300;
    }

    // The string values of a JSON document (not its keys), unescaped, as pieces: a log record's
    // message or the body it logged. Only those that could name an error (a '{' or a digit).
    void add_strings(const piece& p) {
        const std::string_view doc = p.text;
        for (std::size_t i = 0; i < doc.size() && !search_cut_; ++i) {
            if (doc[i] != '"') continue;
            std::size_t end = i + 1;
            std::string value = unescape(doc, i + 1, end);
            if (!spend(end - i)) break;
            std::size_t next = end + 1;
            while (next < doc.size() && is_space(doc[next])) ++next;
            const bool key = next < doc.size() && doc[next] == ':';
            if (!key && value.find_first_of("{0123456789") != std::string::npos)
                pieces_.push_back({keep(std::move(value)), p.depth + 1, offset_of(p, i)});
            i = end;
        }
    }

    // JSON, or near-JSON, from text[open] on: the object's errors, or its strings as pieces.
    // `end` is set past the object. Nothing when it is neither.
    std::optional<bool> take_object(const piece& p, std::string_view text, std::size_t open, std::size_t& end) {
        std::size_t close = text[open] == '{' ? closing_bracket(text, open) : npos;
        const std::size_t line_end = std::min(text.find('\n', open), text.size());
        std::string_view object = text.substr(open, close != npos ? close + 1 - open : line_end - open);
        if (!spend(object.size())) return std::nullopt;
        payload::parse_result parsed = payload::parse(object, status_, catalog_in_use());
        if (parsed.status == payload::parse_status::not_json) {
            const std::optional<near_json> near = as_json(object);
            if (!near) return std::nullopt;
            object = object.substr(0, near->used);
            parsed = payload::parse(near->json, status_, catalog_in_use());
            if (parsed.status == payload::parse_status::not_json) return std::nullopt;
        }
        end = open + object.size();
        return take_json(part(p, static_cast<std::size_t>(text.data() - p.text.data()) + open, object.size()),
                         std::move(parsed));
    }

    // Text that is not JSON: the JSON objects in it, JSON escaped in it, and lines naming a code.
    void read_text(const piece& p) {
        const std::string_view text = p.text;
        std::vector<span> objects, claimed;
        // Each object is read on its own: a log line's JSON, one per line of JSON Lines, a Java
        // toString. `objects` gets every one, `claimed` those that held an error.
        for (std::size_t search = 0; !full() && !search_cut_ && (search = text.find_first_of("{[(", search)) != npos;) {
            const std::size_t open = search++;
            if (!object_start(text, open)) continue;
            std::size_t end = open;
            const std::optional<bool> errors = take_object(p, text, open, end);
            if (!errors) continue;
            objects.push_back({open, end});
            if (*errors) claimed.push_back({open, end});
            search = end;
        }
        // JSON escaped inside a string: a log field (body="{\"error\":...}") or a JSON log's
        // string. Occurrences inside `objects` were looked at when their object was.
        std::size_t next_object = 0;
        for (std::size_t search = 0;
             p.depth < max_depth && !full() && !search_cut_ && (search = text.find("{\\", search)) != npos;) {
            const std::size_t open = search++;
            while (next_object < objects.size() && objects[next_object].end <= open) ++next_object;
            if (next_object < objects.size() && objects[next_object].begin <= open) {
                search = objects[next_object].end;
                continue;
            }
            std::size_t quote = open + 1;
            while (quote < text.size() && text[quote] == '\\') ++quote;
            if (quote == text.size() || text[quote] != '"') continue;
            std::size_t end = open;
            std::string decoded = unescape(text, open, end);
            if (!spend(end - open)) break;
            const piece inner{keep(std::move(decoded)), p.depth + 1, offset_of(p, open)};
            std::size_t used = 0;
            const std::optional<bool> errors = take_object(inner, inner.text, 0, used);
            if (!errors || !*errors) continue;
            claimed.push_back({open, end});
            search = end;
        }
        std::sort(claimed.begin(), claimed.end(), [](const span& a, const span& b) { return a.begin < b.begin; });
        std::sort(objects.begin(), objects.end(), [](const span& a, const span& b) { return a.begin < b.begin; });
        read_lines(p, objects, claimed);
    }

    // Errors named in plain text, one per line, on the lines where no JSON held one. The JSON
    // objects on a line are left out: their strings were read with them, and their keys ("code")
    // are no plain text.
    void read_lines(const piece& p, const std::vector<span>& objects, const std::vector<span>& claimed) {
        const std::string_view text = p.text;
        std::size_t at = 0;
        std::size_t next_claim = 0;
        std::size_t next_object = 0;
        while (at < text.size() && !full()) {
            const std::size_t start = at;
            const std::string_view line = next_line(text, at);
            const std::size_t line_end = start + line.size();
            while (next_claim < claimed.size() && claimed[next_claim].end <= start) ++next_claim;
            if (next_claim < claimed.size() && claimed[next_claim].begin < at) continue;
            while (next_object < objects.size() && objects[next_object].end <= start) ++next_object;
            std::optional<payload::parsed_error> e;
            if (next_object == objects.size() || objects[next_object].begin >= line_end) {
                e = line_error(line, status_);
            } else {
                std::string outside;
                std::size_t from = start;
                for (std::size_t k = next_object; k < objects.size() && objects[k].begin < line_end; ++k) {
                    if (objects[k].begin > from) outside.append(text.substr(from, objects[k].begin - from)) += ' ';
                    from = std::max(from, objects[k].end);
                }
                if (from < line_end) outside.append(text.substr(from, line_end - from));
                e = line_error(outside, status_);
            }
            if (e) add(std::move(*e), offset_of(p, start));
        }
    }

    std::string_view input_;
    int status_;
    std::size_t budget_;
    std::deque<piece> pieces_{};
    std::deque<std::string> owned_{};
    std::vector<located> found_{};
    bool json_ = false;
    bool truncated_ = false;
    bool search_cut_ = false;
};

}  // namespace

paste_result find_errors(std::string_view input, int status, const std::vector<header_line>& headers) {
    std::optional<capture> captured = read_capture(input);
    std::vector<header_line> all_headers;
    if (captured) all_headers = std::move(captured->headers);
    all_headers.insert(all_headers.end(), headers.begin(), headers.end());
    payload::response_view response;
    response.status = status != 0 ? status : captured ? captured->status : 0;
    response.headers = payload::headers_from(all_headers);
    response.body = captured ? captured->body : input;
    payload::response_result parsed = payload::parse_response(response);
    for (payload::parsed_error& e : parsed.errors) payload::reclassify(e, catalog_in_use());
    const wa_errors::server_hint hint = parsed.hint;
    reader r(input, response.status);
    r.run(response.body, std::move(parsed));
    paste_result result = std::move(r).result();
    result.hint = hint;
    result.status = response.status;
    return result;
}

}  // namespace wa_errors_cli
