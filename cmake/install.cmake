# Installs headers, the catalog, the CMake package (wa_errors::wa_errors, wa_errors::payload,
# wa_errors::redis),
# and wa_errors.pc. Header-only, so everything goes to architecture-independent places.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(WA_ERRORS_INSTALL_CMAKEDIR ${CMAKE_INSTALL_DATADIR}/cmake/wa_errors)
set(WA_ERRORS_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/wa_errors)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/wa_errors DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/data/errors.json ${PROJECT_SOURCE_DIR}/data/errors.schema.json
        DESTINATION ${WA_ERRORS_INSTALL_DATADIR})

install(TARGETS wa_errors EXPORT wa_errorsTargets)
install(EXPORT wa_errorsTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
if(TARGET wa_errors_payload)
    install(TARGETS wa_errors_payload EXPORT wa_errorsPayloadTargets)
    install(EXPORT wa_errorsPayloadTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
endif()

if(TARGET wa_errors_redis)
    install(TARGETS wa_errors_redis EXPORT wa_errorsRedisTargets)
    install(EXPORT wa_errorsRedisTargets NAMESPACE wa_errors:: DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})
endif()

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/wa_errorsConfig.cmake.in
    ${PROJECT_BINARY_DIR}/wa_errorsConfig.cmake
    INSTALL_DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR}
    PATH_VARS WA_ERRORS_INSTALL_DATADIR)
# Catalog entries are added in minor versions; the API changes only with the major one.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/wa_errorsConfigVersion.cmake
    COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/wa_errorsConfig.cmake ${PROJECT_BINARY_DIR}/wa_errorsConfigVersion.cmake
        DESTINATION ${WA_ERRORS_INSTALL_CMAKEDIR})

configure_file(${PROJECT_SOURCE_DIR}/cmake/wa_errors.pc.in ${PROJECT_BINARY_DIR}/wa_errors.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/wa_errors.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
