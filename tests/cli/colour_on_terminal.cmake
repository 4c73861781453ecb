# SPDX-License-Identifier: MIT
# wa-errors on a terminal (a pseudo-terminal from script(1)) with --color=auto: colour, unless
# TERM is dumb or CLICOLOR is 0. The one case where standard output being a terminal decides.
#   cmake -DTOOL=<wa-errors> -DSCRIPT=<script> -DTERM_VALUE=<TERM> [-DCLICOLOR_VALUE=<CLICOLOR>]
#         -DCOLOUR=ON|OFF -P colour_on_terminal.cmake
foreach(name NO_COLOR CLICOLOR_FORCE CLICOLOR)
    unset(ENV{${name}})
endforeach()
set(ENV{TERM} "${TERM_VALUE}")
if(NOT CLICOLOR_VALUE STREQUAL "")
    set(ENV{CLICOLOR} "${CLICOLOR_VALUE}")
endif()
execute_process(COMMAND ${SCRIPT} -qec "'${TOOL}' explain 131047" /dev/null RESULT_VARIABLE status
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "exit ${status}\n${out}\n${err}")
endif()
string(ASCII 27 escape)
string(FIND "${out}" "${escape}[" at)
if(COLOUR AND at EQUAL -1)
    message(FATAL_ERROR "no colour on a terminal with TERM=${TERM_VALUE} CLICOLOR=${CLICOLOR_VALUE}:\n${out}")
elseif(NOT COLOUR AND NOT at EQUAL -1)
    message(FATAL_ERROR "colour on a terminal with TERM=${TERM_VALUE} CLICOLOR=${CLICOLOR_VALUE}:\n${out}")
endif()
