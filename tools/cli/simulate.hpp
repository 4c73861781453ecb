// wa-errors simulate: the retry rules judged by what they deliver (see simulation.hpp).
#pragma once

#include <string>
#include <vector>

namespace wa_errors_cli {

int simulate(const std::vector<std::string>& words);

}  // namespace wa_errors_cli
