# SPDX-License-Identifier: MIT
# Makes a Git repository of the source tree with one commit tagged v<VERSION>, as a release
# of wa_errors would be, for the FetchContent consumer to clone with GIT_REPOSITORY + GIT_TAG.
#   cmake -DSOURCE=<tree> -DREPO=<dir> -DVERSION=<x.y.z> -P make_release_repo.cmake
file(REMOVE_RECURSE ${REPO})
file(MAKE_DIRECTORY ${REPO})
foreach(part CMakeLists.txt LICENSE CHANGELOG.md cmake include data tools)
    file(COPY ${SOURCE}/${part} DESTINATION ${REPO})
endforeach()
find_program(GIT git REQUIRED)
foreach(step "init;-q" "add;-A" "-c;user.name=wa_errors;-c;user.email=wa_errors@localhost;commit;-q;-m;release"
             "tag;v${VERSION}")
    execute_process(COMMAND ${GIT} ${step} WORKING_DIRECTORY ${REPO} RESULT_VARIABLE status ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "git ${step} failed in ${REPO}: ${err}")
    endif()
endforeach()
