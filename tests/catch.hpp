// SPDX-License-Identifier: MIT
// Catch2 v3 or Debian's v2.13, whichever is installed.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
