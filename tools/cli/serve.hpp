// SPDX-License-Identifier: MIT
// wa-errors serve: the fake Cloud API / 360dialog endpoint (testing/fake_cloud_api.hpp) over
// real HTTP, for client tests in any language. Its options are declared with the others (cli.cpp).
#pragma once

#include <optional>
#include <string>

#if !defined(WA_ERRORS_HAVE_SERVE)
#include <iostream>
#endif

namespace wa_errors_cli {

struct serve_options {
    int port = 0;  // 0: a free one
    std::string host = "127.0.0.1";
    std::optional<std::string> scenario_file{};
    std::optional<std::string> webhook{};     // an http:// or https:// URL
    std::optional<std::string> app_secret{};  // not empty
    std::optional<std::string> flavour{};     // "meta" or "360dialog"
    bool quiet = false;
};

#if defined(WA_ERRORS_HAVE_SERVE)
// Serves until SIGINT or SIGTERM, then returns 0. 2: a scenario that cannot be read or played,
// or an address it cannot listen on.
int serve(const serve_options& options);
#else
// This build has no HTTP server (cpp-httplib or OpenSSL was not found when it was configured).
inline int serve(const serve_options&) {
    std::cerr << "wa-errors: serve: not available in this build (it needs cpp-httplib and OpenSSL)\n";
    return 2;
}
#endif

}  // namespace wa_errors_cli
