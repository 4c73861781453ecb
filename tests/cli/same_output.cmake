# SPDX-License-Identifier: MIT
# Two programs must print the same bytes on standard output, and both exit 0.
#   cmake -DFIRST="prog;arg;..." -DSECOND="prog;arg;..." -DWORK=<dir> -P same_output.cmake
execute_process(COMMAND ${FIRST} RESULT_VARIABLE first_status OUTPUT_FILE ${WORK}/first.out ERROR_VARIABLE first_err)
execute_process(COMMAND ${SECOND} RESULT_VARIABLE second_status OUTPUT_FILE ${WORK}/second.out ERROR_VARIABLE second_err)
if(NOT first_status EQUAL 0 OR NOT second_status EQUAL 0)
    message(FATAL_ERROR "exit ${first_status} and ${second_status}:\n${first_err}\n${second_err}")
endif()
file(READ ${WORK}/first.out first)
if(first STREQUAL "")
    message(FATAL_ERROR "${FIRST} printed nothing")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/first.out ${WORK}/second.out RESULT_VARIABLE differs)
if(differs)
    message(FATAL_ERROR "the outputs differ: compare ${WORK}/first.out and ${WORK}/second.out")
endif()
