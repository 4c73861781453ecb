# SPDX-License-Identifier: MIT
# Runs `wa-errors simulate --json` with the kindless sender (send_policy without telling
# before_send what is sent) and checks that `wrongly_held` catches it: in mixed_products a
# Calling error's hold stops messages, which its cause does not block. The library's sender
# holds none wrongly in the same run.
#   cmake -DCOMMAND="wa-errors;simulate;--json" -P check_wrongly_held.cmake
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "simulate exited ${status}\n${err}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(kindless_wrong 0)
foreach(line IN LISTS lines)
    if(line STREQUAL "")
        continue()
    endif()
    string(JSON scenario GET "${line}" scenario)
    string(JSON policy GET "${line}" policy)
    string(JSON wrongly_held GET "${line}" wrongly_held)
    if(scenario STREQUAL "mixed_products" AND policy STREQUAL "kindless")
        set(kindless_wrong ${wrongly_held})
    endif()
    if(policy STREQUAL "library" AND NOT wrongly_held EQUAL 0)
        message(FATAL_ERROR "the library's sender held messages wrongly in ${scenario}: ${line}")
    endif()
endforeach()
if(kindless_wrong EQUAL 0)
    message(FATAL_ERROR "wrongly_held did not catch the kindless sender in mixed_products:\n${out}")
endif()
message(STATUS "mixed_products, kindless sender: wrongly_held = ${kindless_wrong}")
