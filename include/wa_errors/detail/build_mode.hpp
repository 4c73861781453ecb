// SPDX-License-Identifier: MIT
// wa_errors internals: header-only (the default) or compiled mode. Defining
// WA_ERRORS_SEPARATE_COMPILATION (CMake: link wa_errors::compiled, and wa_errors::payload_compiled
// for payload.hpp, which define it for their users) makes the headers declare find, classify,
// catalog(), payload::parse, parse_response and parse_usage, and src/wa_errors.cpp and
// src/payload.cpp define them once. A translation unit then parses neither the catalog table nor
// nlohmann's parser, at the price of constexpr lookups. docs/build-modes.md compares the modes.
#pragma once

// Defined by the library's own sources only, each of which sees its part's definitions in both
// modes: src/wa_errors.cpp the core's, src/payload.cpp the payload parser's.
#if defined(WA_ERRORS_SEPARATE_COMPILATION) && !defined(WA_ERRORS_DETAIL_COMPILING_CORE)
#define WA_ERRORS_DETAIL_DECLARE_ONLY 1
#else
#define WA_ERRORS_DETAIL_DECLARE_ONLY 0
#endif
#if defined(WA_ERRORS_SEPARATE_COMPILATION) && !defined(WA_ERRORS_DETAIL_COMPILING_PAYLOAD)
#define WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY 1
#else
#define WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY 0
#endif

// The specifiers of the functions compiled mode defines once: header-only, constexpr (hence
// inline) for the lookups and inline for the rest; in compiled mode nothing, so that the
// library's source makes the one external definition. WA_ERRORS_LOOKUP_CONSTEXPR is for inline
// functions elsewhere that call a lookup: constexpr header-only, plain inline in compiled mode.
#if defined(WA_ERRORS_SEPARATE_COMPILATION)
#define WA_ERRORS_LOOKUP_API
#define WA_ERRORS_LOOKUP_CONSTEXPR inline
#define WA_ERRORS_COMPILED_API
#else
#define WA_ERRORS_LOOKUP_API constexpr
#define WA_ERRORS_LOOKUP_CONSTEXPR constexpr
#define WA_ERRORS_COMPILED_API inline
#endif
