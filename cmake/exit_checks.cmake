# SPDX-License-Identifier: MIT
# The checks every run-and-expect script makes, in one place: the exit status is EXIT, and
# standard output and error together match OUTPUT when it is given. A failure shows both streams.
#   include(exit_checks.cmake)  then  check_exit_and_output("${status}" "${out}" "${err}")
function(check_exit_and_output status out err)
    if(NOT "${status}" STREQUAL "${EXIT}")
        message(FATAL_ERROR "expected exit ${EXIT}, got ${status}\nstdout:\n${out}\nstderr:\n${err}")
    endif()
    if(DEFINED OUTPUT AND NOT "${out}${err}" MATCHES "${OUTPUT}")
        message(FATAL_ERROR "output does not match '${OUTPUT}'\nstdout:\n${out}\nstderr:\n${err}")
    endif()
endfunction()
