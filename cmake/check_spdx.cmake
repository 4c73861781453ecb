# SPDX-License-Identifier: MIT
# cmake -DROOT=<source dir> -P check_spdx.cmake: every source file of the project names its license
# in an SPDX line among its first two lines (the second after a #! line), generated files included,
# so that a file copied out of the project still says under which terms.
set(patterns include/*.hpp single_include/*.hpp tests/*.cpp tests/*.hpp tools/*.cpp tools/*.hpp
    src/*.cpp bench/*.cpp bench/*.sh fuzz/*.cpp examples/*.cpp examples/*.cmake cmake/*.cmake cmake/*.in
    tests/*.cmake tests/*.sh tools/*.cmake CMakeLists.txt */CMakeLists.txt .ci/run .ci/debian_package debian/rules)
set(files)
foreach(pattern IN LISTS patterns)
    file(GLOB_RECURSE found LIST_DIRECTORIES false RELATIVE "${ROOT}" "${ROOT}/${pattern}")
    list(APPEND files ${found})
endforeach()
list(REMOVE_DUPLICATES files)
list(FILTER files EXCLUDE REGEX "^build/")
set(missing)
foreach(file IN LISTS files)
    file(STRINGS "${ROOT}/${file}" head LIMIT_COUNT 2)
    if(NOT head MATCHES "SPDX-License-Identifier: MIT")
        list(APPEND missing "${file}")
    endif()
endforeach()
list(LENGTH files checked)
if(checked LESS 100)
    message(FATAL_ERROR "only ${checked} source files found under ${ROOT}: is ROOT the source directory?")
endif()
if(missing)
    list(JOIN missing "\n  " listed)
    message(FATAL_ERROR "no SPDX-License-Identifier line at the top of:\n  ${listed}")
endif()
message(STATUS "${checked} source files name their license")
