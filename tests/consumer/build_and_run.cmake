# SPDX-License-Identifier: MIT
# Configures, builds and runs one consumer project.
#   cmake -DSOURCE=<dir> -DBUILD=<dir> -DCXX=<compiler> "-DARGS=-Dx=y;..." "-DRUN=app;app_json" -P build_and_run.cmake
file(REMOVE_RECURSE ${BUILD})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${BUILD} -DCMAKE_CXX_COMPILER=${CXX} ${ARGS}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "configure failed:\n${out}\n${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "build failed:\n${out}\n${err}")
endif()
foreach(program ${RUN})
    execute_process(COMMAND ${BUILD}/${program} RESULT_VARIABLE status OUTPUT_VARIABLE out)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${program} failed (${status}): ${out}")
    endif()
endforeach()
