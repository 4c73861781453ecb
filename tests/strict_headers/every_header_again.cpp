// SPDX-License-Identifier: MIT
// Every public header a second time, in a unit of its own, linked with tools/tidy/all_headers.cpp:
// a header that defines a function or variable that is not inline then gives a duplicate symbol.
#define WA_ERRORS_ALL_HEADERS_NO_MAIN
#include "../../tools/tidy/all_headers.cpp"
