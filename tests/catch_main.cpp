// SPDX-License-Identifier: MIT
// Catch2 v2 has no separate main library: this file is its main.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
