# SPDX-License-Identifier: MIT
# Installs headers, the catalog, the documentation (share/doc/wa_errors: README, docs/ with the
# API reference, changelog, licence), the CMake package (wa_errors::wa_errors, wa_errors::payload,
# wa_errors::redis, wa_errors::webhook_signature, and with WA_ERRORS_INSTALL_COMPILED
# wa_errors::compiled and wa_errors::payload_compiled) and pkg-config files (wa_errors,
# wa_errors-payload, wa_errors-redis). Header-only, everything goes to architecture-independent
# places; only compiled mode's libraries go to the library directory.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(WA_ERRORS_INSTALL_CMAKEDIR ${CMAKE_INSTALL_DATADIR}/cmake/wa_errors)
set(WA_ERRORS_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/wa_errors)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/wa_errors DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/data/errors.json ${PROJECT_SOURCE_DIR}/data/errors.schema.json
        DESTINATION ${WA_ERRORS_INSTALL_DATADIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The guides and the API reference, where the man page and `wa-errors --help` point.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")

install(TARGETS wa_errors EXPORT wa_errorsTargets)
install(EXPORT wa_errorsTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
if(TARGET wa_errors_payload)
    install(TARGETS wa_errors_payload EXPORT wa_errorsPayloadTargets)
    install(EXPORT wa_errorsPayloadTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
endif()

# Compiled mode (WA_ERRORS_INSTALL_COMPILED): the static libraries go to the library directory,
# each in an export set of its own, which the package config includes as components
# `compiled` and `payload_compiled`.
if(WA_ERRORS_INSTALL_COMPILED)
    install(TARGETS wa_errors_compiled EXPORT wa_errorsCompiledTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
    install(EXPORT wa_errorsCompiledTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
    if(TARGET wa_errors_payload_compiled)
        install(TARGETS wa_errors_payload_compiled EXPORT wa_errorsPayloadCompiledTargets
                ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
        install(EXPORT wa_errorsPayloadCompiledTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
    endif()
endif()

# Every target the documentation tells users to link is exported (docs/fake-api.md names this one).
if(TARGET wa_errors_webhook_signature)
    install(TARGETS wa_errors_webhook_signature EXPORT wa_errorsWebhookSignatureTargets)
    install(EXPORT wa_errorsWebhookSignatureTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
endif()

if(TARGET wa_errors_redis)
    install(TARGETS wa_errors_redis EXPORT wa_errorsRedisTargets)
    install(EXPORT wa_errorsRedisTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
endif()

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/wa_errorsConfig.cmake.in
    ${PROJECT_BINARY_DIR}/wa_errorsConfig.cmake
    INSTALL_DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR}
    PATH_VARS WA_ERRORS_INSTALL_DATADIR)
# From 1.0 on, catalog entries are added in minor versions and the API changes only with the
# major one. Before 1.0 a minor version may break (semantic versioning's 0.x rule), so a request
# for 0.2 is met by 0.2.x only.
if(PROJECT_VERSION_MAJOR EQUAL 0)
    set(wa_errors_compatibility SameMinorVersion)
else()
    set(wa_errors_compatibility SameMajorVersion)
endif()
# Headers only, the package fits every architecture; with compiled mode's libraries it does not.
if(WA_ERRORS_INSTALL_COMPILED)
    set(wa_errors_arch_independent "")
else()
    set(wa_errors_arch_independent ARCH_INDEPENDENT)
endif()
write_basic_package_version_file(${PROJECT_BINARY_DIR}/wa_errorsConfigVersion.cmake
    COMPATIBILITY ${wa_errors_compatibility} ${wa_errors_arch_independent})
install(FILES ${PROJECT_BINARY_DIR}/wa_errorsConfig.cmake ${PROJECT_BINARY_DIR}/wa_errorsConfigVersion.cmake
        DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})

# One .pc file per part, each naming what it requires: `pkg-config --cflags wa_errors-payload`
# brings nlohmann_json's flags too.
configure_file(${PROJECT_SOURCE_DIR}/cmake/wa_errors.pc.in ${PROJECT_BINARY_DIR}/wa_errors.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/wa_errors.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
if(TARGET wa_errors_payload)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/wa_errors-payload.pc.in ${PROJECT_BINARY_DIR}/wa_errors-payload.pc @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/wa_errors-payload.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
endif()
if(TARGET wa_errors_redis)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/wa_errors-redis.pc.in ${PROJECT_BINARY_DIR}/wa_errors-redis.pc @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/wa_errors-redis.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
endif()
