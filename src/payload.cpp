// SPDX-License-Identifier: MIT
// Compiled mode's one definition of payload::parse, parse_response and parse_usage: the CMake
// target wa_errors::payload_compiled builds this file (with nlohmann_json) and defines
// WA_ERRORS_SEPARATE_COMPILATION for its users, whose translation units then include neither
// nlohmann nor the reader. The bodies are the payload headers' own.
#if !defined(WA_ERRORS_SEPARATE_COMPILATION)
#error "src/payload.cpp belongs to compiled mode: build it through wa_errors::payload_compiled"
#endif
#define WA_ERRORS_DETAIL_COMPILING_PAYLOAD
#include <wa_errors/payload/parse.hpp>
#include <wa_errors/payload/response.hpp>
#include <wa_errors/payload/usage.hpp>
