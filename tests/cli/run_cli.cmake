# SPDX-License-Identifier: MIT
# Runs wa-errors once and checks what it did, for what expect_exit.cmake cannot express:
#   cmake -DCOMMAND="wa-errors;arg;..." -DEXIT=<status>
#         [-DOUTPUT=<regex that standard output and error together match>]
#         [-DSTDOUT=<regex that standard output alone matches>]
#         [-DINPUT=<file read as standard input>] [-DOUTPUT_FILE=<where standard output goes: /dev/full>]
#         [-DENV="NAME=value;..."] [-DCONTROL=none|colour] [-DJSON=lines] -P run_cli.cmake
# The colour variables (NO_COLOR, CLICOLOR_FORCE, CLICOLOR, TERM) are cleared before ENV is set,
# so that the shell ctest runs in cannot change the outcome.
# CONTROL=none: standard output holds no byte a terminal acts on (a C0 control but the line
# break, DEL, a C1 control in UTF-8) and no character that reorders or hides text (the bidi
# controls, zero-width characters, U+2028 and U+2029, in UTF-8); CONTROL=colour: it holds an
# ESC [ sequence.
# JSON=lines: every line of standard output is a JSON value (CMake's own parser reads it).
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/exit_checks.cmake)
foreach(name NO_COLOR CLICOLOR_FORCE CLICOLOR TERM)
    unset(ENV{${name}})
endforeach()
foreach(setting IN LISTS ENV)
    string(FIND "${setting}" "=" equals)
    string(SUBSTRING "${setting}" 0 ${equals} name)
    math(EXPR value_start "${equals} + 1")
    string(SUBSTRING "${setting}" ${value_start} -1 value)
    set(ENV{${name}} "${value}")
endforeach()

set(stdout_file "${OUTPUT_FILE}")
if(NOT stdout_file)
    string(RANDOM LENGTH 16 tag)
    set(stdout_file "${CMAKE_CURRENT_BINARY_DIR}/run_cli-${tag}.out")
endif()
if(DEFINED INPUT)
    execute_process(COMMAND ${COMMAND} INPUT_FILE ${INPUT} OUTPUT_FILE ${stdout_file} RESULT_VARIABLE status
                    ERROR_VARIABLE err)
else()
    execute_process(COMMAND ${COMMAND} OUTPUT_FILE ${stdout_file} RESULT_VARIABLE status ERROR_VARIABLE err)
endif()
set(out "")
set(hex "")
if(NOT OUTPUT_FILE)
    file(READ ${stdout_file} out)
    file(READ ${stdout_file} hex HEX)
    file(REMOVE ${stdout_file})
endif()

check_exit_and_output("${status}" "${out}" "${err}")
if(DEFINED STDOUT AND NOT "${out}" MATCHES "${STDOUT}")
    message(FATAL_ERROR "standard output does not match '${STDOUT}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED CONTROL)
    string(REGEX REPLACE "(..)" "\\1 " bytes "${hex}")
    if(CONTROL STREQUAL "none")
        if(" ${bytes}" MATCHES " (0[0-9b-f]|1[0-9a-f]|7f|c2 [89][0-9a-f]) ")
            message(FATAL_ERROR "standard output holds the control byte(s) ${CMAKE_MATCH_1}:\n${out}")
        endif()
        # U+061C; U+200B-U+200F and U+2028-U+202E; U+2060 and U+2066-U+2069; U+FEFF.
        if(" ${bytes}" MATCHES " (d8 9c|e2 80 (8[b-f]|a[89a-e])|e2 81 (a0|a[6-9])|ef bb bf) ")
            message(FATAL_ERROR "standard output holds the invisible or bidi character ${CMAKE_MATCH_1}:\n${out}")
        endif()
    elseif(NOT " ${bytes}" MATCHES " 1b 5b ")
        message(FATAL_ERROR "standard output holds no ESC [ (no colour):\n${out}")
    endif()
endif()
if(DEFINED JSON)
    string(REPLACE ";" "\\;" lines "${out}")
    string(REPLACE "\n" ";" lines "${lines}")
    foreach(line IN LISTS lines)
        if(line STREQUAL "")
            continue()
        endif()
        string(JSON type ERROR_VARIABLE json_error TYPE "${line}")
        if(json_error)
            message(FATAL_ERROR "a line of standard output is not JSON (${json_error}):\n${line}")
        endif()
    endforeach()
endif()
