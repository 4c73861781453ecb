// SPDX-License-Identifier: MIT
#include "paste.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include <wa_errors/lookup.hpp>
#include <wa_errors/payload.hpp>
#include <wa_errors/payload/response.hpp>

#include "numbers.hpp"

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

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// The line that starts at text[at], without its line break; `at` moves past the break.
std::string_view next_line(std::string_view text, std::size_t& at) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end == text.size() ? end : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

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

// The digits at text[at], after the spaces, quotes and separators of "code: 1", "code=1",
// "'code': 1" or "code #1", as a number; nothing when none follows or it runs into a letter.
std::optional<long long> number_after(std::string_view text, std::size_t at) {
    while (at < text.size() && std::string_view(" \t:=#'\"").find(text[at]) != npos) ++at;
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end == at || (end < text.size() && is_letter(text[end]))) return std::nullopt;
    return parse_whole(text.substr(at, end - at), 0, max_number);
}

bool ends_with(std::string_view word, std::string_view end) {
    return word.size() >= end.size() && word.substr(word.size() - end.size()) == end;
}

// What a word names in plain text when a number follows it (`previous` is the word before).
enum class label { none, code, subcode, status };

label label_of(std::string_view word, std::string_view previous) {
    if (ends_with(word, "subcode")) return label::subcode;  // error_subcode, errorsubcode
    if (word == "code") return previous == "http" ? label::status : label::code;
    if (word == "error_code" || word == "errorcode") return label::code;
    if (word == "status" || ends_with(word, "_status") || word == "httpstatus" || word == "httpcode" ||
        word == "http_code" || word == "status_code" || word == "statuscode")
        return label::status;
    return label::none;
}

// An error named in plain text: "(#131047) Re-engagement message", "error code 131047",
// "code=100 error_subcode=2388072", "status=429 code=130429", "{'code': 131047}". The line is the
// message, so that the catalog's text fragments can tell a code's meanings apart.
std::optional<payload::parsed_error> text_error(std::string_view line, int status) {
    line = trim(line);
    std::string lowered(line.substr(0, max_line_message));
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const std::string_view text = lowered;
    std::optional<long long> code, subcode, said_status;
    if (const std::size_t hash = text.find("(#"); hash != npos) {  // Meta's "(#131047) ..."
        const std::size_t close = text.find(')', hash);
        if (close != npos) code = parse_whole(text.substr(hash + 2, close - hash - 2), 0, max_number);
    }
    const bool meta_form = code.has_value();
    std::string_view previous;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_letter(text[i]) && text[i] != '_') {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && (is_letter(text[i]) || text[i] == '_')) ++i;
        const std::string_view word = text.substr(start, i - start);
        const label named = label_of(word, previous);
        previous = word;
        std::optional<long long>& slot = named == label::code ? code : named == label::subcode ? subcode : said_status;
        if (named != label::none && !slot) slot = number_after(text, i);
    }
    // "(#N)" is how Meta writes its codes; a number after the word "code" counts only when the
    // catalog knows it, so that "postal code 10115" or "exit code 3" is no error.
    if (!code || (!meta_form && wa_errors::find(*code) == nullptr)) return std::nullopt;
    payload::parsed_error e;
    e.code = code;
    e.subcode = subcode;
    std::string_view message = line.substr(0, max_line_message);
    while (message.size() < line.size() && !message.empty() &&
           (static_cast<unsigned char>(line[message.size()]) & 0xC0) == 0x80)
        message.remove_suffix(1);  // not in the middle of a UTF-8 character
    e.message = std::string(message);
    const bool status_said = said_status && *said_status >= 100 && *said_status <= 599;
    e.http_status = status != 0 ? status : status_said ? static_cast<int>(*said_status) : 0;
    e.info = &wa_errors::classify({e.http_status, e.code, e.subcode, e.message});
    return e;
}

using wa_errors::payload::detail::append_utf8;
using wa_errors::payload::detail::code_point_of_pair;
using wa_errors::payload::detail::is_high_surrogate;
using wa_errors::payload::detail::is_low_surrogate;
using wa_errors::payload::detail::unicode_escape;

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

// Whether the '{' at text[at] may start a JSON object: a key or '}' comes next.
bool object_start(std::string_view text, std::size_t at) {
    ++at;
    while (at < text.size() && is_space(text[at])) ++at;
    return at < text.size() && (text[at] == '"' || text[at] == '}');
}

struct span {
    std::size_t begin{};
    std::size_t end{};  // past the last byte
};

class scanner {
public:
    scanner(std::string_view input, int status) : input_(input), status_(status), budget_(8 * input.size() + 65536) {}

    // The input, or a capture's body, with what parse_response() made of it.
    void top(std::string_view body, payload::parse_result&& parsed) { any(body, std::move(parsed), 0, npos, true); }

    paste_result result() && {
        // Errors come in input order but for those named in plain text, which are looked for
        // after the JSON of the same text.
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

    // Errors found in text decoded from the input (an escaped string, a message) are reported at
    // `pinned`, the input offset of what they were decoded from; npos for parts of the input itself.
    std::size_t offset_of(std::string_view part, std::size_t pinned) const {
        return pinned != npos ? pinned : static_cast<std::size_t>(part.data() - input_.data());
    }
    std::size_t offset_of(std::string_view part, std::size_t at, std::size_t pinned) const {
        return pinned != npos ? pinned : offset_of(part, npos) + at;
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

    void any(std::string_view part, int depth, std::size_t pinned) {
        any(part, payload::parse(part, status_), depth, pinned, false);
    }

    // A JSON document's errors; when it reports none (a log record, a delivered status), those in
    // its string values. Text that is not JSON is searched (text()). What the HTTP status alone
    // says is kept only for the input as a whole, only when nothing better was found, and only
    // for an error status: a 200 with an HTML page is no error.
    void any(std::string_view part, payload::parse_result&& parsed, int depth, std::size_t pinned,
             bool keep_by_status) {
        truncated_ = truncated_ || parsed.truncated;
        const std::size_t before = found_.size();
        if (parsed.status == payload::parse_status::not_json) {
            text(part, depth, pinned);
        } else {
            json_ = true;
            const bool reported = std::any_of(parsed.errors.begin(), parsed.errors.end(),
                                              [](const auto& e) { return e.shape != payload::shape::by_status; });
            if (reported) {
                for (payload::parsed_error& e : parsed.errors) {
                    if (!embedded(e, depth, offset_of(part, pinned))) add(std::move(e), offset_of(part, pinned));
                }
                return;
            }
            if (depth < max_depth) strings(part, depth + 1, pinned);
        }
        if (found_.size() == before && keep_by_status && status_ >= 400) {
            for (payload::parsed_error& e : parsed.errors) add(std::move(e), offset_of(part, pinned));
        }
    }

    // An error without a code whose message is itself a JSON body ({"error": "{\"error\":...}"},
    // as wrappers of a failed call write): the errors of that body, in its place.
    bool embedded(const payload::parsed_error& e, int depth, std::size_t offset) {
        if (e.code || depth >= max_depth) return false;
        const std::string_view message = trim(e.message);
        if (message.empty() || message.front() != '{') return false;
        const std::size_t before = found_.size();
        any(message, depth + 1, offset);
        return found_.size() > before;
    }

    // The string values of a JSON document (not its keys): a log record's message or the body it
    // logged, already unescaped. Only those that could name an error (a '{' or a digit) are read.
    void strings(std::string_view document, int depth, std::size_t pinned) {
        for (std::size_t i = 0; i < document.size() && !full() && !search_cut_; ++i) {
            if (document[i] != '"') continue;
            std::size_t end = i + 1;
            const std::string value = unescape(document, i + 1, end);
            if (!spend(end - i)) break;
            std::size_t next = end + 1;
            while (next < document.size() && is_space(document[next])) ++next;
            const bool key = next < document.size() && document[next] == ':';
            if (!key && value.find_first_of("{0123456789") != std::string::npos)
                any(value, depth, offset_of(document, i, pinned));
            i = end;
        }
    }

    // Text that is not JSON: the JSON objects in it, JSON escaped in it, and lines naming a code.
    void text(std::string_view part, int depth, std::size_t pinned) {
        std::vector<span> objects, claimed;
        find_objects(part, depth, pinned, objects, claimed);
        if (depth < max_depth) find_escaped(part, depth, pinned, objects, claimed);
        std::sort(claimed.begin(), claimed.end(), [](const span& a, const span& b) { return a.begin < b.begin; });
        find_plain(part, pinned, objects, claimed);
    }

    // The JSON objects in text: each is read on its own (a log line's JSON, one per line of JSON
    // Lines). `objects` gets every one, `claimed` those that held an error.
    void find_objects(std::string_view part, int depth, std::size_t pinned, std::vector<span>& objects,
                      std::vector<span>& claimed) {
        std::size_t search = 0;
        while (!full() && !search_cut_ && (search = part.find('{', search)) != npos) {
            const std::size_t open = search++;
            if (!object_start(part, open)) continue;
            const std::size_t close = closing_brace(part, open);
            if (close == npos) continue;
            const std::string_view object = part.substr(open, close + 1 - open);
            if (!spend(object.size())) break;
            payload::parse_result parsed = payload::parse(object, status_);
            if (parsed.status == payload::parse_status::not_json) continue;
            const std::size_t before = found_.size();
            any(object, std::move(parsed), depth, pinned, false);
            objects.push_back({open, close + 1});
            if (found_.size() > before) claimed.push_back({open, close + 1});
            search = close + 1;
        }
    }

    // Where the object opened at text[open] closes, as JSON would nest it, or npos.
    std::size_t closing_brace(std::string_view text, std::size_t open) {
        int level = 0;
        bool in_string = false;
        std::size_t i = open;
        std::size_t close = npos;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (in_string) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '{' || c == '[') {
                ++level;
            } else if ((c == '}' || c == ']') && --level == 0) {
                if (c == '}') close = i;
                break;
            }
        }
        return spend(std::min(i, text.size()) - open) ? close : npos;
    }

    // JSON escaped inside a string: a log field (body="{\"error\":...}") or a JSON log's string.
    // Occurrences inside `objects` were looked at when their object was.
    void find_escaped(std::string_view part, int depth, std::size_t pinned, const std::vector<span>& objects,
                      std::vector<span>& claimed) {
        std::size_t search = 0;
        std::size_t next_object = 0;
        while (!full() && !search_cut_ && (search = part.find("{\\", search)) != npos) {
            const std::size_t open = search++;
            while (next_object < objects.size() && objects[next_object].end <= open) ++next_object;
            if (next_object < objects.size() && objects[next_object].begin <= open) {
                search = objects[next_object].end;
                continue;
            }
            std::size_t quote = open + 1;
            while (quote < part.size() && part[quote] == '\\') ++quote;
            if (quote == part.size() || part[quote] != '"') continue;
            std::size_t end = open;
            const std::string decoded = unescape(part, open, end);
            if (!spend(end - open)) break;
            const std::size_t before = found_.size();
            any(decoded, depth + 1, offset_of(part, open, pinned));
            if (found_.size() == before) continue;
            claimed.push_back({open, end});
            search = end;
        }
    }

    // Errors named in plain text, one per line, on the lines where no JSON held one. The JSON
    // objects on a line are left out: their strings were read with them, and their keys ("code")
    // are no plain text.
    void find_plain(std::string_view part, std::size_t pinned, const std::vector<span>& objects,
                    const std::vector<span>& claimed) {
        std::size_t at = 0;
        std::size_t next_claim = 0;
        std::size_t next_object = 0;
        while (at < part.size() && !full()) {
            const std::size_t start = at;
            const std::string_view line = next_line(part, at);
            const std::size_t line_end = start + line.size();
            while (next_claim < claimed.size() && claimed[next_claim].end <= start) ++next_claim;
            if (next_claim < claimed.size() && claimed[next_claim].begin < at) continue;
            while (next_object < objects.size() && objects[next_object].end <= start) ++next_object;
            std::optional<payload::parsed_error> e;
            if (next_object == objects.size() || objects[next_object].begin >= line_end) {
                e = text_error(line, status_);
            } else {
                std::string outside;
                std::size_t from = start;
                for (std::size_t k = next_object; k < objects.size() && objects[k].begin < line_end; ++k) {
                    if (objects[k].begin > from) outside.append(part.substr(from, objects[k].begin - from)) += ' ';
                    from = std::max(from, objects[k].end);
                }
                if (from < line_end) outside.append(part.substr(from, line_end - from));
                e = text_error(outside, status_);
            }
            if (e) add(std::move(*e), offset_of(part, start, pinned));
        }
    }

    std::string_view input_;
    int status_;
    std::size_t budget_;
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
    const wa_errors::server_hint hint = parsed.hint;
    scanner s(input, response.status);
    s.top(response.body, std::move(parsed));
    paste_result result = std::move(s).result();
    result.hint = hint;
    result.status = response.status;
    return result;
}

}  // namespace wa_errors_cli
