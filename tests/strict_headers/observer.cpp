// SPDX-License-Identifier: MIT
// observer.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/observer.hpp>

namespace {
class counting final : public wa_errors::observer {
public:
    void on_granted(std::string_view /*number*/) override { ++granted; }
    int granted = 0;
};
}  // namespace

bool strict_observer() {
    counting c;
    wa_errors::observer& o = c;
    o.on_granted("106540352242922");
    o.on_local_answer("down");
    return c.granted == 1;
}
