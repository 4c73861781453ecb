// SPDX-License-Identifier: MIT
// redis/keyed.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/keyed.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace {

// The smallest handle keyed<> can make: it only remembers its key.
class handle {
public:
    handle(wa_errors::redis::client&, std::string_view key, int) : key_(key) {}
    [[nodiscard]] bool idle() const noexcept { return key_.empty(); }

private:
    std::string key_;
};

}  // namespace

std::size_t strict_redis_keyed(wa_errors::redis::client& connection) {
    wa_errors::redis::keyed<handle, int> handles(connection, 0);
    const bool idle = handles.at("a").idle();
    const std::size_t dropped = handles.forget_if([](const handle& h) { return h.idle(); });
    return handles.size() + dropped + (idle ? 1U : 0U) +
           (handles.state() == wa_errors::redis::connection_state::connected ? 1U : 0U) +
           handles.connection().options().prefix.size();
}
