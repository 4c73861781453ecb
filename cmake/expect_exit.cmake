# SPDX-License-Identifier: MIT
# Runs a command and checks its exit code and that its output matches a regular expression.
#   cmake -DCOMMAND="prog;arg;..." -DEXIT=<code> [-DOUTPUT=<regex>] [-DINPUT=<stdin file>] -P expect_exit.cmake
include(${CMAKE_CURRENT_LIST_DIR}/exit_checks.cmake)
if(DEFINED INPUT)
    execute_process(COMMAND ${COMMAND} INPUT_FILE ${INPUT} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
    execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
check_exit_and_output("${status}" "${out}" "${err}")
