# SPDX-License-Identifier: MIT
# Configures, builds and runs one consumer project.
#   cmake -DSOURCE=<dir> -DBUILD=<dir> -DCXX=<compiler> "-DARGS=-Dx=y;..." "-DRUN=app;app_json"
#         ["-DFILES=<file>;..."] ["-DLINKS=<name>=<path>;..."] -P build_and_run.cmake
# With FILES or LINKS, the project is staged first in <BUILD>-src: its CMakeLists.txt, the FILES
# beside it (the programs, shared by all consumers) and LINKS (symbolic links, such as a checkout
# of wa_errors in ./wa_errors), so that it is laid out as the README's snippets expect.
if(DEFINED FILES OR DEFINED LINKS)
    set(stage ${BUILD}-src)
    file(REMOVE_RECURSE ${stage})
    file(MAKE_DIRECTORY ${stage})
    file(COPY ${SOURCE}/CMakeLists.txt ${FILES} DESTINATION ${stage})
    foreach(link IN LISTS LINKS)
        string(REGEX MATCH "^([^=]+)=(.*)$" _ "${link}")
        file(CREATE_LINK ${CMAKE_MATCH_2} ${stage}/${CMAKE_MATCH_1} SYMBOLIC)
    endforeach()
    set(SOURCE ${stage})
endif()
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
