# `cmake --install BUILD --prefix P`: the libraries, the public headers, the `herodotus` binary, a
# CMake package (find_package(herodotus), COMPONENTS store for herodotus::store) and pkg-config
# files (herodotus, herodotus-store). The libraries are static and embed their data.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
set(HERODOTUS_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/herodotus)

install(TARGETS herodotus EXPORT herodotusTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS herodotus_store EXPORT herodotusStoreTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS herodotus_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Two export sets, so that a program that does not ask for the store needs no SQLite or libpqxx.
install(EXPORT herodotusTargets NAMESPACE herodotus:: DESTINATION ${HERODOTUS_CMAKE_DIR})
install(EXPORT herodotusStoreTargets NAMESPACE herodotus:: DESTINATION ${HERODOTUS_CMAKE_DIR})
configure_package_config_file(cmake/herodotusConfig.cmake.in
  ${PROJECT_BINARY_DIR}/herodotusConfig.cmake INSTALL_DESTINATION ${HERODOTUS_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/herodotusConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/herodotusConfig.cmake
              ${PROJECT_BINARY_DIR}/herodotusConfigVersion.cmake
        DESTINATION ${HERODOTUS_CMAKE_DIR})

# pkg-config files find the prefix from their own place (${pcfiledir}), so that an install under
# another prefix (cmake --install --prefix) still points at itself.
cmake_path(RELATIVE_PATH CMAKE_INSTALL_PREFIX BASE_DIRECTORY ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig
  OUTPUT_VARIABLE HERODOTUS_PC_TO_PREFIX)
foreach(pc herodotus herodotus-store)
  configure_file(cmake/${pc}.pc.in ${PROJECT_BINARY_DIR}/${pc}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${pc}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endforeach()
