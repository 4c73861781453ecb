// SPDX-License-Identifier: MIT
// wa_errors::testing: the pieces of the fake endpoint's model of Meta: token buckets, draws
// that depend only on (seed, message, attempt), and the catalog entries it plays.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "../../lookup.hpp"
#include "../../version.hpp"
#include "../scenario.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing::detail {

// SplitMix64's finaliser: every input bit moves every output bit.
constexpr std::uint64_t mix(std::uint64_t x) noexcept {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// FNV-1a: a stable hash of a message's identity, the same on every platform and run.
constexpr std::uint64_t hash_text(std::string_view text) noexcept {
    std::uint64_t hash = 1469598103934665603ULL;
    for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return hash;
}

// What a draw decides. Each has its own stream, so that turning one fault on does not move
// the others.
enum class draw_for : std::uint8_t {
    not_sent,
    no_answer,
    no_answer_accepted,
    transient,
    gateway,
    gateway_accepted,
    latency,
    capped,
    outage,
    late_webhook
};

// A number in [0, 1) that depends only on its inputs: the k-th attempt of a message meets the
// same faults under every sending policy, and no global random stream is shared.
constexpr double uniform(std::uint64_t seed, std::uint64_t key, std::uint64_t attempt, draw_for what) noexcept {
    const std::uint64_t h = mix(mix(mix(seed) ^ key) ^ (attempt * 0x100000001B3ULL + static_cast<std::uint64_t>(what)));
    return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);  // 53 bits, as a double holds them
}

// A token bucket that starts full and refills continuously. Time that goes backwards refills
// nothing.
struct token_bucket {
    double tokens = -1;  // < 0: not used yet (full)
    sim_time last{0};

    void refill(const bucket_rate& rate, sim_time now) noexcept {
        if (tokens < 0) {
            tokens = rate.burst;
        } else if (now > last) {
            tokens += static_cast<double>((now - last).count()) * rate.per_second / 1000.0;
            if (tokens > rate.burst) tokens = rate.burst;
        }
        if (now > last) last = now;
    }
    // Takes a token if there is one.
    bool take(const bucket_rate& rate, sim_time now) noexcept {
        refill(rate, now);
        if (tokens < 1.0) return false;
        tokens -= 1.0;
        return true;
    }
    // Takes a token whether or not there is one (a scripted success still uses the rate).
    void force(const bucket_rate& rate, sim_time now) noexcept {
        refill(rate, now);
        tokens = tokens >= 1.0 ? tokens - 1.0 : 0.0;
    }
};

// The catalog entries the fake answers for its own reasons. Ids, because the catalog does not
// (yet) say which entry answers which limit.
struct roles {
    const error_info* number_limit = find("meta.130429");  // per-number throughput
    const error_info* pair_limit = find("meta.131056");    // business-user pair rate
    const error_info* capped = find("meta.131049");        // marketing cap (failed webhook)
    const error_info* transient = find("meta.131000");     // "something went wrong"
    const error_info* bad_token = find("meta.190");        // Meta: missing or wrong token
    const error_info* bad_key = find("360dialog.invalid_api_key");
    const error_info* bad_request = find("meta.100");           // unknown path, body not JSON
    const error_info* missing_parameter = find("meta.131008");  // no "to" or "messaging_product"

    bool complete() const noexcept {
        for (const error_info* e :
             {number_limit, pair_limit, capped, transient, bad_token, bad_key, bad_request, missing_parameter})
            if (e == nullptr) return false;
        return true;
    }
};

}  // namespace testing::detail
WA_ERRORS_END_NAMESPACE
