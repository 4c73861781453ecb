# SPDX-License-Identifier: MIT
# Fails when an object file has a dynamic initializer (GCC/Clang name them _GLOBAL__sub_I_...).
#   cmake -DNM=<nm> "-DOBJECTS=<file>;..." -P expect_no_dynamic_init.cmake
foreach(object ${OBJECTS})
    execute_process(COMMAND ${NM} ${object} OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${NM} failed on ${object}")
    endif()
    if(symbols MATCHES "_GLOBAL__sub_I")
        message(FATAL_ERROR "${object} has a dynamic initializer:\n${symbols}")
    endif()
    if(NOT symbols MATCHES "wa_errors_static_init_probe")
        message(FATAL_ERROR "${object} is not the probe (no wa_errors_static_init_probe symbol)")
    endif()
endforeach()
message(STATUS "no dynamic initializer")
