# SPDX-License-Identifier: MIT
# What a user of the README's FetchContent snippet does: clone the repository (here: the checkout
# the tests run in), put their project next to the clone, and build it with the snippet as
# written. The snippet's GIT_TAG must exist in the clone; when the checkout carries no tags (tags
# don't always travel with a copy of a repository), the test uses the clone's HEAD commit
# instead, as the README tells users to, and says so. A source tree that is no Git checkout is
# made into one first, tagged as its version's release.
#   cmake -DSOURCE=<source tree> -DPROJECT=<consumer dir> -DAPP=<app.cpp> -DWORK=<dir> -DCXX=<compiler>
#         -DVERSION=<x.y.z> -P fetchcontent_as_user.cmake
find_program(GIT git REQUIRED)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(clone ${WORK}/wa_errors)
function(git)
    execute_process(COMMAND ${GIT} ${ARGN} WORKING_DIRECTORY ${WORK} RESULT_VARIABLE status OUTPUT_VARIABLE out
                    ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(git_status ${status} PARENT_SCOPE)
    set(git_out "${out}" PARENT_SCOPE)
    set(git_err "${err}" PARENT_SCOPE)
endfunction()

git(-C ${SOURCE} rev-parse --git-dir)
if(git_status EQUAL 0)
    git(clone --quiet ${SOURCE} ${clone})
    if(NOT git_status EQUAL 0)
        message(FATAL_ERROR "git clone ${SOURCE} failed: ${git_err}")
    endif()
else()
    message(STATUS "${SOURCE} is not a Git checkout: making a repository of it, tagged v${VERSION}")
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE=${SOURCE} -DREPO=${clone} -DVERSION=${VERSION}
                    -P ${CMAKE_CURRENT_LIST_DIR}/make_release_repo.cmake RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "could not make a repository of ${SOURCE}")
    endif()
endif()

file(READ ${PROJECT}/CMakeLists.txt project_text)
string(REGEX MATCH "GIT_TAG +([^ \n]+)" _ "${project_text}")
set(tag ${CMAKE_MATCH_1})
git(-C ${clone} rev-parse -q --verify "refs/tags/${tag}^{commit}")
if(git_status EQUAL 0)
    message(STATUS "the clone has ${tag} (${git_out}): the snippet is built as written")
else()
    git(-C ${clone} rev-parse HEAD)
    message(STATUS "the clone has no tag ${tag}: FetchContent by the commit ${git_out} instead, as the README says")
    string(REPLACE "GIT_TAG        ${tag}" "GIT_TAG        ${git_out}" project_text "${project_text}")
    string(REGEX REPLACE "GIT_SHALLOW( +)TRUE" "GIT_SHALLOW\\1FALSE" project_text "${project_text}")
endif()
file(MAKE_DIRECTORY ${WORK}/app)
file(WRITE ${WORK}/app/CMakeLists.txt "${project_text}")
file(COPY ${APP} DESTINATION ${WORK}/app)
execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE=${WORK}/app -DBUILD=${WORK}/build -DCXX=${CXX} -DRUN=app
                -P ${CMAKE_CURRENT_LIST_DIR}/build_and_run.cmake RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the FetchContent consumer failed")
endif()
