// SPDX-License-Identifier: MIT
// detail/build_mode.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/detail/build_mode.hpp>

// Header-only here: every part defines its functions (nothing is declare-only).
WA_ERRORS_LOOKUP_CONSTEXPR int strict_detail_build_mode() {
    return WA_ERRORS_DETAIL_DECLARE_ONLY + WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY;
}
static_assert(strict_detail_build_mode() == 0, "the strict-header build is header-only");
