# SPDX-License-Identifier: MIT
# Runs a command and checks its exit code and that its output matches a regular expression.
#   cmake -DCOMMAND="prog;arg;..." -DEXIT=<code> [-DOUTPUT=<regex>] [-DINPUT=<stdin file>] -P expect_exit.cmake
if(DEFINED INPUT)
    execute_process(COMMAND ${COMMAND} INPUT_FILE ${INPUT} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
    execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
if(NOT "${status}" STREQUAL "${EXIT}")
    message(FATAL_ERROR "expected exit ${EXIT}, got ${status}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED OUTPUT AND NOT "${out}${err}" MATCHES "${OUTPUT}")
    message(FATAL_ERROR "output does not match '${OUTPUT}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
