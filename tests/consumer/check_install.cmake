# SPDX-License-Identifier: MIT
# Checks what `cmake --install` put into PREFIX besides headers and the CMake package.
#   cmake -DPREFIX=<dir> -DPAYLOAD=0|1 -DREDIS=0|1 -P check_install.cmake
# The documentation the man page and `wa-errors --help` point at is installed with the package.
foreach(file share/doc/wa_errors/LICENSE share/doc/wa_errors/CHANGELOG.md share/doc/wa_errors/README.md
             share/doc/wa_errors/docs/cli.md share/doc/wa_errors/docs/errors.md share/doc/wa_errors/docs/api/README.md
             share/pkgconfig/wa_errors.pc)
    if(NOT EXISTS ${PREFIX}/${file})
        message(FATAL_ERROR "${file} is not installed")
    endif()
endforeach()
function(expect_requires part needs)
    set(pc ${PREFIX}/share/pkgconfig/${part}.pc)
    if(NOT EXISTS ${pc})
        message(FATAL_ERROR "${part}.pc is not installed")
    endif()
    file(STRINGS ${pc} requires REGEX "^Requires:")
    if(NOT requires MATCHES "wa_errors = " OR NOT requires MATCHES "${needs}")
        message(FATAL_ERROR "${part}.pc should require wa_errors and ${needs}: ${requires}")
    endif()
endfunction()
if(PAYLOAD)
    expect_requires(wa_errors-payload "nlohmann_json >= 3\\.9\\.1")
    # pkg-config resolves it to the core's and nlohmann's flags together.
    find_program(PKG_CONFIG pkg-config)
    if(PKG_CONFIG)
        set(ENV{PKG_CONFIG_PATH} ${PREFIX}/share/pkgconfig)
        execute_process(COMMAND ${PKG_CONFIG} --cflags wa_errors-payload RESULT_VARIABLE status ERROR_VARIABLE err)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "pkg-config cannot resolve wa_errors-payload: ${err}")
        endif()
    endif()
endif()
if(REDIS)
    expect_requires(wa_errors-redis "hiredis")
endif()
