# SPDX-License-Identifier: MIT
# Fails when a committed generated file differs from what its generator makes now.
#   cmake -DCOMMAND="prog;arg;..." -DFRESH=<file the command writes> -DCOMMITTED=<file in the repo>
#         -DFIX="<how to regenerate>" [-DSTDOUT_TO=<file>] -P check_generated.cmake
# With STDOUT_TO, the command's standard output is the generated file.
if(DEFINED STDOUT_TO)
    execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status ERROR_VARIABLE errors OUTPUT_FILE ${STDOUT_TO})
else()
    execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status ERROR_VARIABLE errors)
endif()
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the generator failed (${status}):\n${errors}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${FRESH} ${COMMITTED} RESULT_VARIABLE differs)
if(differs)
    message(FATAL_ERROR "${COMMITTED} is out of date with its source. ${FIX}")
endif()
message(STATUS "${COMMITTED} is in sync")
