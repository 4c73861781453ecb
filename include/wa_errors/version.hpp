// SPDX-License-Identifier: MIT
// wa_errors: the library's version (the catalog has its own: wa_errors::catalog_version()).
// CMake reads the project version from these three lines.
#pragma once

#define WA_ERRORS_VERSION_MAJOR 0
#define WA_ERRORS_VERSION_MINOR 2
#define WA_ERRORS_VERSION_PATCH 0

#define WA_ERRORS_DETAIL_STRING(x) #x
#define WA_ERRORS_DETAIL_VERSION(major, minor, patch) \
    WA_ERRORS_DETAIL_STRING(major) "." WA_ERRORS_DETAIL_STRING(minor) "." WA_ERRORS_DETAIL_STRING(patch)

// Everything the library declares sits in an inline namespace named after the version and the
// ABI revision, v<major>_<minor>r<revision> (v0_2r1): code still says wa_errors::find, but the
// mangled names carry the tag. Two versions in one program (a dependency built against one, the
// application against another) then have distinct symbols, where they would otherwise share one
// definition of error_info or of the catalog table and silently break the one-definition rule.
// The tag follows the version macros, so a version bump changes it; patch releases keep it, so
// they must keep every type and the catalog's layout as they are. The revision counts layout
// changes made between two minor versions (1: error_info's codes became optional_code), so that
// code built from a snapshot never links against a release of the same minor version.
#define WA_ERRORS_ABI_REVISION 1
#define WA_ERRORS_DETAIL_CONCAT(a, b, c, d, e, f) a##b##c##d##e##f
#define WA_ERRORS_DETAIL_ABI_TAG(major, minor, revision) WA_ERRORS_DETAIL_CONCAT(v, major, _, minor, r, revision)
#define WA_ERRORS_ABI_TAG \
    WA_ERRORS_DETAIL_ABI_TAG(WA_ERRORS_VERSION_MAJOR, WA_ERRORS_VERSION_MINOR, WA_ERRORS_ABI_REVISION)
// Opens and closes it: `namespace wa_errors { inline namespace v0_2r1 {`. Nested namespaces
// (payload, redis, testing, detail, generated) go inside, so that their names carry it too.
#define WA_ERRORS_BEGIN_NAMESPACE \
    namespace wa_errors {         \
    inline namespace WA_ERRORS_ABI_TAG {
#define WA_ERRORS_END_NAMESPACE \
    }                           \
    }

WA_ERRORS_BEGIN_NAMESPACE
inline constexpr int version_major = WA_ERRORS_VERSION_MAJOR;
inline constexpr int version_minor = WA_ERRORS_VERSION_MINOR;
inline constexpr int version_patch = WA_ERRORS_VERSION_PATCH;
inline constexpr const char* version_string =
    WA_ERRORS_DETAIL_VERSION(WA_ERRORS_VERSION_MAJOR, WA_ERRORS_VERSION_MINOR, WA_ERRORS_VERSION_PATCH);
WA_ERRORS_END_NAMESPACE
