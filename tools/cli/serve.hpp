// wa-errors serve: the fake Cloud API / 360dialog endpoint (testing/fake_cloud_api.hpp) over
// real HTTP, for client tests in any language. Its options are parsed here, on their own.
#pragma once

#include <string>
#include <vector>

#if !defined(WA_ERRORS_HAVE_SERVE)
#include <iostream>
#endif

namespace wa_errors_cli {

#if defined(WA_ERRORS_HAVE_SERVE)
// Serves until SIGINT or SIGTERM, then returns 0. 2: a usage error, a scenario that cannot be
// read or played, or an address it cannot listen on.
int serve(const std::vector<std::string>& args);
#else
// This build has no HTTP server (cpp-httplib or OpenSSL was not found when it was configured).
inline int serve(const std::vector<std::string>&) {
    std::cerr << "wa-errors: serve: not available in this build (it needs cpp-httplib and OpenSSL)\n";
    return 2;
}
#endif

}  // namespace wa_errors_cli
