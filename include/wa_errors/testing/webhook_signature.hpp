// SPDX-License-Identifier: MIT
// wa_errors::testing: Meta's webhook signature, X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of
// the raw body, keyed with the app secret>. The fake endpoint signs with it; a webhook receiver
// checks it before trusting a payload. Needs OpenSSL's libcrypto (CMake target
// wa_errors::webhook_signature).
#pragma once

#include <climits>
#include <cstddef>
#include <string>
#include <string_view>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing {

namespace detail {

inline constexpr std::string_view signature_prefix = "sha256=";
inline constexpr std::size_t sha256_size = 32;

// HMAC-SHA256 of `body` keyed with `secret`; false if OpenSSL failed.
inline bool hmac_sha256(std::string_view secret, std::string_view body, unsigned char (&mac)[sha256_size]) noexcept {
    if (secret.size() > static_cast<std::size_t>(INT_MAX)) return false;
    unsigned int length = 0;
    const unsigned char* data =
        body.empty() ? reinterpret_cast<const unsigned char*>("") : reinterpret_cast<const unsigned char*>(body.data());
    return HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()), data, body.size(), mac, &length) !=
               nullptr &&
           length == sha256_size;
}

constexpr int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace detail

// The header value for `body`: "sha256=" and 64 lower-case hex digits. Empty if OpenSSL failed.
[[nodiscard]] inline std::string webhook_signature(std::string_view app_secret, std::string_view body) {
    unsigned char mac[detail::sha256_size];
    if (!detail::hmac_sha256(app_secret, body, mac)) return {};
    std::string header(detail::signature_prefix);
    for (unsigned char byte : mac) {
        header += "0123456789abcdef"[byte >> 4];
        header += "0123456789abcdef"[byte & 0xF];
    }
    return header;
}

// Whether `header` (the X-Hub-Signature-256 value) signs `body` with `app_secret`. The MACs are
// compared in constant time, so that the comparison leaks nothing about the right one. A
// missing, short, long, non-hex or differently prefixed header is false, and so is an empty
// secret (an app always has one: an empty one is a configuration mistake).
[[nodiscard]] inline bool verify_webhook_signature(std::string_view header, std::string_view app_secret,
                                                   std::string_view body) noexcept {
    if (app_secret.empty() || header.size() != detail::signature_prefix.size() + 2 * detail::sha256_size ||
        header.substr(0, detail::signature_prefix.size()) != detail::signature_prefix)
        return false;
    unsigned char claimed[detail::sha256_size];
    const std::string_view hex = header.substr(detail::signature_prefix.size());
    for (std::size_t i = 0; i < detail::sha256_size; ++i) {
        const int high = detail::hex_value(hex[2 * i]);
        const int low = detail::hex_value(hex[2 * i + 1]);
        if (high < 0 || low < 0) return false;
        claimed[i] = static_cast<unsigned char>(high * 16 + low);
    }
    unsigned char expected[detail::sha256_size];
    return detail::hmac_sha256(app_secret, body, expected) &&
           CRYPTO_memcmp(claimed, expected, detail::sha256_size) == 0;
}

}  // namespace testing
WA_ERRORS_END_NAMESPACE
