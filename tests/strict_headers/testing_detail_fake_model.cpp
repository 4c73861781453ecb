// SPDX-License-Identifier: MIT
// testing/detail/fake_model.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/testing/detail/fake_model.hpp>

bool strict_testing_detail_fake_model(double per_second) {
    namespace detail = wa_errors::testing::detail;
    detail::token_bucket bucket;
    const wa_errors::testing::bucket_rate rate{per_second, 2.0};
    bucket.force(rate, wa_errors::testing::sim_time(0));
    const double draw = detail::uniform(1, detail::hash_text("message"), 1, detail::draw_for::latency);
    return bucket.take(rate, wa_errors::testing::sim_time(10)) && draw < 1.0 && detail::roles{}.complete();
}
