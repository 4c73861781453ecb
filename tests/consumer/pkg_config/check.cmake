# SPDX-License-Identifier: MIT
# Compiles the consumer program with nothing but `pkg-config --cflags wa_errors`.
#   cmake -DPKG_CONFIG_PATH=<prefix>/share/pkgconfig -DCXX=<compiler> -DSOURCE=app.cpp -DOUT=<exe> -P check.cmake
set(ENV{PKG_CONFIG_PATH} ${PKG_CONFIG_PATH})
execute_process(COMMAND pkg-config --cflags wa_errors OUTPUT_VARIABLE cflags RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "pkg-config does not know wa_errors (PKG_CONFIG_PATH=${PKG_CONFIG_PATH})")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")
execute_process(COMMAND ${CXX} -std=c++17 ${cflags} ${SOURCE} -o ${OUT} RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "compiling with `pkg-config --cflags wa_errors` (${cflags}) failed:\n${errors}")
endif()
execute_process(COMMAND ${OUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the program built with pkg-config flags failed")
endif()
