# SPDX-License-Identifier: MIT
# Runs `wa-errors simulate --json`, checks that every row counts each message once (delivered +
# given_up + pending = messages), and holds the library's sender to its targets in every
# scenario: every message delivered, no duplicate it was not warned of (may_duplicate), no resend
# inside a wait it was told of, no message held by a hold its cause does not call for, error
# answers at most 5 % of the messages, and the pair storm's last delivery within 10 % of the
# least time Meta's documented pair limit allows. The naive sender must do worse, or the
# scenarios test nothing.
#   cmake -DCOMMAND="wa-errors;simulate;--json" -P check_simulation.cmake
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "simulate exited ${status}\n${err}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(library_runs 0)
set(naive_short 0)
foreach(line IN LISTS lines)
    if(line STREQUAL "")
        continue()
    endif()
    foreach(key scenario policy messages delivered given_up pending given_up_arrived unwarned_duplicates
                floor_violations error_responses wrongly_held last_delivery_s documented_min_s)
        string(JSON ${key} GET "${line}" ${key})
    endforeach()
    # Every message is counted once: delivered, given up or still pending (docs/cli.md).
    math(EXPR counted "${delivered} + ${given_up} + ${pending}")
    if(NOT counted EQUAL messages OR given_up_arrived GREATER given_up)
        message(FATAL_ERROR "${scenario}/${policy}: delivered + given_up + pending = ${counted}, not ${messages} "
                            "messages (or given_up_arrived > given_up): ${line}")
    endif()
    if(policy STREQUAL "library")
        math(EXPR library_runs "${library_runs} + 1")
        math(EXPR errors_x20 "${error_responses} * 20")
        if(NOT delivered EQUAL messages OR NOT unwarned_duplicates EQUAL 0 OR NOT floor_violations EQUAL 0
           OR NOT wrongly_held EQUAL 0 OR errors_x20 GREATER messages)
            message(FATAL_ERROR "library sender misses its targets in ${scenario}: ${line}")
        endif()
        if(scenario STREQUAL "pair_storm")
            # CMake's math is integral: compare in milliseconds.
            string(REGEX REPLACE "\\..*" "" last_s "${last_delivery_s}")
            string(REGEX REPLACE "\\..*" "" least_s "${documented_min_s}")
            math(EXPR bound_s "${least_s} * 11 / 10 + 1")
            if(last_s GREATER bound_s)
                message(FATAL_ERROR "pair_storm: the last delivery at ${last_delivery_s} s is more than 10 % past "
                                    "the documented pair limit's ${documented_min_s} s: ${line}")
            endif()
        endif()
    elseif(delivered LESS messages)
        math(EXPR naive_short "${naive_short} + 1")
    endif()
endforeach()
if(library_runs LESS 11)
    message(FATAL_ERROR "expected at least 11 scenarios for the library sender, got ${library_runs}:\n${out}")
endif()
foreach(name mixed_products window_then_template outage_20m outage_60m account_429 incident_131000 pair_storm
             late_webhooks)
    if(NOT out MATCHES "\"scenario\":\"${name}\",\"policy\":\"library\"")
        message(FATAL_ERROR "scenario ${name} is missing:\n${out}")
    endif()
endforeach()
if(naive_short EQUAL 0)
    message(FATAL_ERROR "the naive sender delivered everything in every scenario: the scenarios are too easy\n${out}")
endif()
message(STATUS "${out}")
