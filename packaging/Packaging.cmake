# Packages of Écluse: what every package shares, then the Debian package's own settings, then
# include(CPack). The Windows installer's settings live in packaging/windows/Windows.cmake, which
# the root CMakeLists.txt includes before this file when it is there. What goes into a package
# is what `cmake --install` installs: see the end of app/CMakeLists.txt.
#
#   cpack -G DEB        (in the build folder; scripts/package-linux.sh builds and checks it)

# Who answers for the packages. Nobody is named in the sources yet: a release build sets these
# (-DECLUSE_PACKAGE_CONTACT=..., -DECLUSE_HOMEPAGE=...). The default address is in the .invalid
# domain, reserved so that it can never reach anyone (RFC 2606).
set(ECLUSE_PACKAGE_CONTACT "Écluse maintainers <maintainers@ecluse.invalid>"
    CACHE STRING "Who answers for the packages, as 'Name <address>'")
set(ECLUSE_HOMEPAGE "" CACHE STRING "The project's web page, shown by package managers (none when empty)")

# The name and vendor the installers show: Windows.cmake, included first, may set its own.
if(NOT DEFINED CPACK_PACKAGE_NAME)
    set(CPACK_PACKAGE_NAME ecluse)
endif()
if(NOT DEFINED CPACK_PACKAGE_VENDOR)
    set(CPACK_PACKAGE_VENDOR "Écluse")
endif()
set(CPACK_PACKAGE_CONTACT "${ECLUSE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian shows the description as it is: lines of fewer than 80 characters.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Écluse is a workstation for analysts of pseudonymised French health-insurance\n"
    "data (SNIIRAM, SNDS). Data lives in an encrypted SQLCipher vault that each\n"
    "user opens with their own password. Aggregate tables are protected by\n"
    "disclosure control; extracts are requested, reviewed by data stewards and\n"
    "released as signed, encrypted files; access comes from signed habilitation\n"
    "manifests; every act is recorded in a hash-chained, sealed audit trail.\n"
    "Managed policy (/etc/ecluse/policy.ini) sets the rules.\n"
    "This package holds the GUI, ecluse, and the command line, ecluse-cli.")
if(ECLUSE_HOMEPAGE)
    set(CPACK_PACKAGE_HOMEPAGE_URL "${ECLUSE_HOMEPAGE}")
endif()
# The sources name no licence yet; once a LICENSE file is added, the installers that show a licence
# show it (the Debian package needs its own copyright file: docs/INSTALL.md).
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
endif()
# Release packages carry no debugging information; a crash is reproduced from the build folder.
set(CPACK_STRIP_FILES ON)
# A SHA-256 file beside each package, for whoever publishes it.
set(CPACK_PACKAGE_CHECKSUM SHA256)
if(NOT DEFINED CPACK_GENERATOR AND UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
endif()

# ---- Debian and Ubuntu ---------------------------------------------------------------------------
# ecluse_<version>-<revision>_<architecture>.deb, installed under /usr (GNUInstallDirs).
set(CPACK_DEBIAN_PACKAGE_NAME ecluse)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
if(ECLUSE_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ECLUSE_HOMEPAGE}")
endif()
# The libraries the executables link to, with the versions they need, from dpkg-shlibdeps (in
# dpkg-dev). On Debian 12 that includes libsqlcipher1 from bookworm-backports.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# Qt loads its plugins at run time, so dpkg-shlibdeps cannot see them: the platform plugin for X11
# (no window without it) and the SVG plugins that draw the icon. Which package holds each depends
# on the release (Debian 12 keeps the X11 plugin in libqt6gui6, later releases in
# qt6-qpa-plugins), so the packages are asked of dpkg for the Qt this build uses.
# scripts/package-linux.sh checks the result in the package it builds.
set(ECLUSE_QT_RUNTIME_PLUGINS platforms/libqxcb.so iconengines/libqsvgicon.so imageformats/libqsvg.so)
set(ecluse_depends)
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY AND UNIX AND NOT APPLE)
    foreach(plugin IN LISTS ECLUSE_QT_RUNTIME_PLUGINS)
        set(path ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/${plugin})
        execute_process(COMMAND ${DPKG_QUERY} --search ${path}
                        OUTPUT_VARIABLE owner ERROR_QUIET RESULT_VARIABLE status)
        # "libqt6gui6:amd64: /usr/lib/.../libqxcb.so"
        if(status EQUAL 0 AND owner MATCHES "^([a-z0-9][a-z0-9.+-]*)(:[a-z0-9]+)?: ")
            list(APPEND ecluse_depends ${CMAKE_MATCH_1})
        else()
            message(WARNING "No Debian package holds the Qt plugin ${path}: the DEB will not depend on it")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES ecluse_depends)
endif()
# dpkg-shlibdeps asks only for the SQLCipher symbols in use, which SQLCipher 3 already had. Écluse
# needs SQLCipher 4 (checked at start-up) and is built and tested with 4.6, what scripts/setup.sh
# installs (from bookworm-backports on Debian 12).
list(PREPEND ecluse_depends "libsqlcipher1 (>= 4.6)")
list(JOIN ecluse_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Qt's own French strings (standard buttons and dialogs), and Wayland without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

include(CPack)
