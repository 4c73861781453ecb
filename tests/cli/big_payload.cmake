# SPDX-License-Identifier: MIT
# wa-errors classify on a 50 MB Graph error body: it must answer, not crash or time out.
string(REPEAT "x" 52428800 filler)
file(WRITE ${WORK}/big.json "{\"error\":{\"code\":131000,\"message\":\"${filler}\"}}")
execute_process(COMMAND ${TOOL} classify --json --status 500 ${WORK}/big.json RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(REMOVE ${WORK}/big.json)
if(NOT status EQUAL 0 OR NOT out MATCHES "\"id\":\"meta\\.131000\"")
    string(SUBSTRING "${out}" 0 300 head)
    message(FATAL_ERROR "exit ${status}: ${head}\n${err}")
endif()
