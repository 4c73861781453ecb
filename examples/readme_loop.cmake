# SPDX-License-Identifier: MIT
# Fails when the README does not show the sender loop of examples/send_loop.hpp as it is (the
# region between "// README: sender loop begin" and "... end", one indentation level removed).
file(READ ${README} readme)
file(READ ${EXAMPLE} text)
string(REGEX MATCH "    // README: sender loop begin\n(.*)    // README: sender loop end" _ "${text}")
set(loop "${CMAKE_MATCH_1}")
if(loop STREQUAL "")
    message(FATAL_ERROR "${EXAMPLE} has no README sender loop region")
endif()
string(REGEX REPLACE "^    " "" loop "${loop}")
string(REPLACE "\n    " "\n" loop "${loop}")
string(FIND "${readme}" "${loop}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "README.md does not show the sender loop of ${EXAMPLE} verbatim:\n${loop}")
endif()
