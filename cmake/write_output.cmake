# SPDX-License-Identifier: MIT
# Runs a command and writes its standard output to a file; on failure, leaves no file behind.
#   cmake -DCOMMAND="prog;arg;..." -DOUTPUT=<file> -P write_output.cmake
execute_process(COMMAND ${COMMAND} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "${COMMAND} failed (${status}):\n${errors}")
endif()
