# SPDX-License-Identifier: MIT
# wa-errors writing to a pipe whose reader has gone (| head -c 1) must exit 2, quietly: not die
# of SIGPIPE (status 141), not report success. `list --json` writes far more than a pipe holds.
#   cmake -DTOOL=<wa-errors> -DHEAD=<head> -P closed_pipe.cmake
execute_process(COMMAND ${TOOL} list --json COMMAND ${HEAD} -c 1 RESULTS_VARIABLE statuses OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
list(GET statuses 0 status)
if(NOT status STREQUAL "2")
    message(FATAL_ERROR "expected exit 2 from wa-errors, got ${status}\n${err}")
endif()
if(NOT err STREQUAL "")
    message(FATAL_ERROR "a reader that went away needs no message, got:\n${err}")
endif()
