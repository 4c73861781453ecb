// SPDX-License-Identifier: MIT
// payload::parse against what users would write instead: a nlohmann DOM parse, field extraction
// and classify, on the bodies a service sees most; plus large webhooks at 1x and 4x the size, to
// show that the time is linear.
#include <cstdint>
#include <string>
#include <string_view>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <wa_errors/payload.hpp>

namespace {

namespace payload = wa_errors::payload;

const std::string graph_body =
    R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,"error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},"error_subcode":2494055,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}})";

const std::string dialog360_body =
    R"({"meta":{"success":false,"httpCode":400,"developerMessage":"You have exceeded the limit of 1 request every 5 seconds. Try again later."}})";

std::string status(const char* id, const char* state, const std::string& errors) {
    return R"({"id":")" + std::string(id) + R"(","status":")" + state +
           R"(","timestamp":"1751142888","recipient_id":"16505551234")" + errors + "}";
}

std::string webhook(const std::string& statuses) {
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"statuses":[)" +
           statuses + R"(]},"field":"messages"}]}]})";
}

const std::string failed_error =
    R"(,"errors":[{"code":131049,"title":"This message was not delivered to maintain healthy ecosystem engagement.","message":"This message was not delivered to maintain healthy ecosystem engagement.","error_data":{"details":"In order to maintain a healthy ecosystem engagement, the message failed to be delivered."},"href":"/documentation/business-messaging/whatsapp/support/error-codes"}])";

const std::string webhook_three_failed =
    webhook(status("wamid.A", "failed", failed_error) + "," + status("wamid.B", "failed", failed_error) + "," +
            status("wamid.C", "failed", failed_error));

const std::string webhook_no_error =
    webhook(status("wamid.A", "sent", R"(,"pricing":{"billable":true,"pricing_model":"PMP","category":"marketing"})") +
            "," + status("wamid.B", "delivered", "") + "," + status("wamid.C", "read", ""));

// A batch of `n` statuses, one of them failed: 320k statuses make about 12 MB.
std::string big_webhook(std::size_t n) {
    std::string statuses = status("wamid.F", "failed", failed_error);
    const std::string delivered = status("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0QUQ", "delivered", "");
    statuses.reserve(n * (delivered.size() + 1));
    for (std::size_t i = 1; i < n; ++i) statuses += "," + delivered;
    return webhook(statuses);
}

std::string text(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The obvious alternative: parse into a DOM, pull the fields out of the shapes one knows, classify.
payload::parse_result dom_baseline(std::string_view body, int http_status) {
    payload::parse_result result;
    const nlohmann::json doc = nlohmann::json::parse(body, nullptr, false);
    if (doc.is_discarded()) {
        result.status = payload::parse_status::not_json;
        return result;
    }
    auto add = [&](const nlohmann::json& error, payload::error_context context) {
        payload::parsed_error p;
        if (const auto code = error.find("code"); code != error.end() && code->is_number_integer())
            p.code = code->get<long long>();
        p.message = text(error, "message");
        p.title = text(error, "title");
        p.type = text(error, "type");
        p.fbtrace_id = text(error, "fbtrace_id");
        if (const auto data = error.find("error_data"); data != error.end() && data->is_object())
            p.details = text(*data, "details");
        p.context = std::move(context);
        p.http_status = http_status;
        wa_errors::error_ref ref;
        ref.http_status = http_status;
        ref.code = p.code;
        ref.message = p.message;
        ref.title = p.title;
        ref.details = p.details;
        ref.recipient = p.context.recipient_id;
        p.info = &wa_errors::classify(ref);
        result.errors.push_back(std::move(p));
    };
    if (const auto error = doc.find("error"); error != doc.end() && error->is_object()) add(*error, {});
    if (const auto meta = doc.find("meta"); meta != doc.end() && meta->is_object()) {
        payload::parsed_error p;
        p.message = text(*meta, "developerMessage");
        if (const auto code = meta->find("httpCode"); code != meta->end() && code->is_number_integer())
            p.http_status = code->get<int>();
        wa_errors::error_ref ref;
        ref.http_status = http_status;
        ref.message = p.message;
        p.info = &wa_errors::classify(ref);
        result.errors.push_back(std::move(p));
    }
    if (const auto entries = doc.find("entry"); entries != doc.end() && entries->is_array()) {
        for (const auto& entry : *entries)
            for (const auto& change : entry.value("changes", nlohmann::json::array())) {
                const auto& value = change["value"];
                const std::string number = value.contains("metadata") ? text(value["metadata"], "phone_number_id") : "";
                for (const auto& s : value.value("statuses", nlohmann::json::array()))
                    for (const auto& e : s.value("errors", nlohmann::json::array())) {
                        payload::error_context c;
                        c.message_id = text(s, "id");
                        c.recipient_id = text(s, "recipient_id");
                        c.phone_number_id = number;
                        c.status = text(s, "status");
                        add(e, std::move(c));
                    }
                for (const auto& e : value.value("errors", nlohmann::json::array())) {
                    payload::error_context c;
                    c.phone_number_id = number;
                    add(e, std::move(c));
                }
            }
    }
    result.status = result.errors.empty() ? payload::parse_status::no_error_found : payload::parse_status::ok;
    return result;
}

void ours(benchmark::State& state, const std::string& body, int http_status, std::size_t expected) {
    for (auto _ : state) {
        auto r = payload::parse(body, http_status);
        benchmark::DoNotOptimize(r.errors.data());
        if (r.errors.size() != expected) state.SkipWithError("wrong number of errors");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
}

void baseline(benchmark::State& state, const std::string& body, int http_status, std::size_t expected) {
    for (auto _ : state) {
        auto r = dom_baseline(body, http_status);
        benchmark::DoNotOptimize(r.errors.data());
        if (r.errors.size() != expected) state.SkipWithError("wrong number of errors");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
}

// A plain DOM parse and nothing else: the floor of any DOM-based answer.
void dom_parse_only(benchmark::State& state, const std::string& body) {
    for (auto _ : state) {
        auto doc = nlohmann::json::parse(body, nullptr, false);
        benchmark::DoNotOptimize(doc.is_discarded());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
}

// Large webhooks are built once, on first use, so that other benchmarks don't pay for them.
void big(benchmark::State& state) {
    static const std::string one = big_webhook(80000);
    static const std::string four = big_webhook(320000);
    ours(state, state.range(0) == 1 ? one : four, 0, 1);
}

}  // namespace

BENCHMARK_CAPTURE(ours, graph_body, graph_body, 400, 1)->Name("parse/graph_body/wa_errors");
BENCHMARK_CAPTURE(baseline, graph_body, graph_body, 400, 1)->Name("parse/graph_body/dom_extract_classify");
BENCHMARK_CAPTURE(ours, dialog360_body, dialog360_body, 400, 1)->Name("parse/360dialog_body/wa_errors");
BENCHMARK_CAPTURE(baseline, dialog360_body, dialog360_body, 400, 1)->Name("parse/360dialog_body/dom_extract_classify");
BENCHMARK_CAPTURE(ours, webhook_three_failed, webhook_three_failed, 0, 3)->Name("parse/webhook_3_failed/wa_errors");
BENCHMARK_CAPTURE(baseline, webhook_three_failed, webhook_three_failed, 0, 3)
    ->Name("parse/webhook_3_failed/dom_extract_classify");
BENCHMARK_CAPTURE(ours, webhook_no_error, webhook_no_error, 0, 0)->Name("parse/webhook_no_error/wa_errors");
BENCHMARK_CAPTURE(dom_parse_only, webhook_no_error, webhook_no_error)->Name("parse/webhook_no_error/dom_parse_only");
BENCHMARK_CAPTURE(baseline, webhook_no_error, webhook_no_error, 0, 0)
    ->Name("parse/webhook_no_error/dom_extract_classify");
// 80k statuses (3 MB, "1x") and 320k statuses (12 MB, "4x"), one of them failed.
BENCHMARK(big)->Name("parse/webhook_statuses/wa_errors")->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond)->Iterations(3);
