// SPDX-License-Identifier: MIT
// wa_errors::testing: fake_cloud_api::send(), the order in which the fake decides an answer.
// Included by fake_cloud_api.hpp; not a header of its own.
#pragma once

#include "../../version.hpp"
#include "../fake_cloud_api.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing {

// In order: the request itself (path, credentials, body), then what the sender could have
// avoided (a documented wait it was told of), the network, an outage, the recipient's script,
// Meta's limits, random faults, the marketing cap, and finally success.
inline fake_response fake_cloud_api::send(const fake_request& r, const nlohmann::json& body, sim_time now) {
    fake_response out;
    ++stats_.requests;
    context c;
    c.now = now;
    const std::optional<std::string> number = r.method == "POST" ? number_of(r.path) : std::nullopt;
    out.latency = latency_for(detail::hash_text(r.body), 0);
    if (!number) {
        answer(out, *roles_.bad_request, c, {}, retry_scope::request, 404);
        return out;
    }
    if (!authorized(r)) {
        const error_info& e = s_.flavour == api_flavour::meta ? *roles_.bad_token : *roles_.bad_key;
        answer(out, e, c, {}, retry_scope::request);
        return out;
    }
    if (!body.is_object()) {
        answer(out, *roles_.bad_request, c, {}, retry_scope::request);
        return out;
    }
    const auto product = body.find("messaging_product");
    const auto to = body.find("to");
    if (product == body.end() || *product != "whatsapp" || to == body.end() || !to->is_string() ||
        detail::digits_of(to->get_ref<const std::string&>()).empty()) {
        answer(out, *roles_.missing_parameter, c, {}, retry_scope::request);
        return out;
    }
    c.number = *number;
    c.to = to->get<std::string>();
    c.wa_id = detail::digits_of(c.to);
    const auto biz = body.find("biz_opaque_callback_data");
    if (biz != body.end() && biz->is_string()) c.biz = biz->get<std::string>();
    // A message is its biz_opaque_callback_data, else its recipient and body.
    c.key = c.biz.empty() ? "t" + c.wa_id + '\x1f' + r.body : "b" + c.biz;
    c.key_hash = detail::hash_text(c.key);
    c.attempt = ++messages_[c.key].attempts;
    out.latency = latency_for(c.key_hash, c.attempt);

    out.floor_violation = violates_floor(c);
    if (happens(s_.faults.not_sent, c, detail::draw_for::not_sent)) {
        no_answer(out, transport_failure::not_sent);
        return out;
    }
    for (const outage& o : s_.outages) {
        if (o.from <= now && now < o.to && (o.share >= 1.0 || happens(o.share, c, detail::draw_for::outage))) {
            const error_info& e = o.error != nullptr ? *o.error : detail::status_entry(o.status);
            answer(out, e, c, o.retry_after, retry_scope::phone_number, o.status);
            return out;
        }
    }
    if (play_step(out, c) || play_limits(out, c)) return out;

    if (happens(s_.faults.transient, c, detail::draw_for::transient)) {
        answer(out, *roles_.transient, c, {}, roles_.transient->retry.scope);
        return out;
    }
    if (happens(s_.faults.gateway_503, c, detail::draw_for::gateway)) {
        if (happens(s_.faults.accepted_before_503, c, detail::draw_for::gateway_accepted)) accept(out, c);
        const error_info& e = detail::status_entry(503);
        answer(out, e, c, {}, e.retry.scope, 503);
        return out;
    }
    if (happens(s_.faults.no_answer, c, detail::draw_for::no_answer)) {
        if (happens(s_.faults.accepted_before_no_answer, c, detail::draw_for::no_answer_accepted)) accept(out, c);
        no_answer(out, transport_failure::no_answer);
        return out;
    }

    // Meta's marketing cap: a drawn fraction of users, for a documented time from their first
    // send; every message in that time is accepted and then fails by webhook.
    recipient_state& user = recipients_[c.wa_id];
    const sim_time cap_length(roles_.capped->retry.min_delay_ms);
    const bool capped = user.capped_since ? now < *user.capped_since + cap_length
                                          : s_.faults.capped_recipients > 0 &&
                                                detail::uniform(s_.seed, detail::hash_text(c.wa_id), 0,
                                                                detail::draw_for::capped) < s_.faults.capped_recipients;
    if (capped) {
        if (!user.capped_since) user.capped_since = now;
        succeed(out, c, roles_.capped, user.capped_since);
        return out;
    }
    succeed(out, c);
    return out;
}

// The recipient's next scripted step, if any is left. It still uses up the rates, so that a
// scripted success is not free.
inline bool fake_cloud_api::play_step(fake_response& out, context& c) {
    const auto script = scripts_.find(c.wa_id);
    if (script == scripts_.end()) return false;
    recipient_state& user = recipients_[c.wa_id];
    if (user.next_step >= script->second->size()) return false;
    const step& st = (*script->second)[user.next_step++];
    if (st.kind != step::type::drop) {
        if (s_.limits.phone_number) numbers_[c.number].force(*s_.limits.phone_number, c.now);
        if (s_.limits.recipient) pairs_[c.number + '|' + c.wa_id].bucket.force(*s_.limits.recipient, c.now);
    }
    switch (st.kind) {
        case step::type::ok: succeed(out, c); break;
        case step::type::error:
            if (st.accepted) accept(out, c);
            answer(out, *st.error, c, st.retry_after, st.error->retry.scope);
            break;
        case step::type::accept_then_fail: succeed(out, c, st.error); break;
        case step::type::drop: no_answer(out, transport_failure::not_sent); break;
        case step::type::lose_response:
            accept(out, c);
            no_answer(out, transport_failure::no_answer);
            break;
        case step::type::timeout: no_answer(out, transport_failure::no_answer); break;
    }
    return true;
}

// Meta's throughput per number, then the pair rate (with bursts) per number and user.
inline bool fake_cloud_api::play_limits(fake_response& out, context& c) {
    if (s_.limits.phone_number && !numbers_[c.number].take(*s_.limits.phone_number, c.now)) {
        answer(out, *roles_.number_limit, c, {}, retry_scope::phone_number);
        return true;
    }
    if (s_.limits.recipient && !pairs_[c.number + '|' + c.wa_id].bucket.take(*s_.limits.recipient, c.now)) {
        answer(out, *roles_.pair_limit, c, {}, retry_scope::recipient);
        return true;
    }
    return false;
}

}  // namespace testing
WA_ERRORS_END_NAMESPACE
