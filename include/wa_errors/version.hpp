// wa_errors: the library's version (the catalog has its own: wa_errors::catalog_version()).
// CMake reads the project version from these three lines.
#pragma once

#define WA_ERRORS_VERSION_MAJOR 0
#define WA_ERRORS_VERSION_MINOR 1
#define WA_ERRORS_VERSION_PATCH 0

#define WA_ERRORS_DETAIL_STRING(x) #x
#define WA_ERRORS_DETAIL_VERSION(major, minor, patch) \
    WA_ERRORS_DETAIL_STRING(major) "." WA_ERRORS_DETAIL_STRING(minor) "." WA_ERRORS_DETAIL_STRING(patch)

namespace wa_errors {
inline constexpr int version_major = WA_ERRORS_VERSION_MAJOR;
inline constexpr int version_minor = WA_ERRORS_VERSION_MINOR;
inline constexpr int version_patch = WA_ERRORS_VERSION_PATCH;
inline constexpr const char* version_string =
    WA_ERRORS_DETAIL_VERSION(WA_ERRORS_VERSION_MAJOR, WA_ERRORS_VERSION_MINOR, WA_ERRORS_VERSION_PATCH);
}  // namespace wa_errors
