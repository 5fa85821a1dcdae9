# Windows packaging: an MSI made by CPack's WIX generator (WiX Toolset v3) on Windows, with Qt's
# runtime deployed next to the executables and the administrative templates (ADMX/ADML) for the
# managed policy Écluse reads under HKEY_LOCAL_MACHINE\Software\Policies\Ecluse.
# Included by the root CMakeLists.txt before packaging/Packaging.cmake, which includes CPack; the
# variables set here reach CPack through it. Does nothing on other systems.
# packaging/windows/check configures this file as Windows would, for the checks CI runs on Linux.
# See packaging/windows/README.md.

if(NOT WIN32)
    return()
endif()

set(ECLUSE_WINDOWS_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

# --- Policy templates --------------------------------------------------------------------------

# Laid out as Windows' own PolicyDefinitions folder: administrators copy its contents into the
# central store (or C:\Windows\PolicyDefinitions) as they are. A component of its own, so that
# scripts/check-windows-packaging.sh can stage exactly this rule on Linux.
install(DIRECTORY ${ECLUSE_WINDOWS_PACKAGING_DIR}/policy/
        DESTINATION share/ecluse/PolicyDefinitions
        COMPONENT ecluse_policy_templates
        FILES_MATCHING PATTERN "*.admx" PATTERN "*.adml")

# --- Qt and the other DLLs, next to the executables -------------------------------------------

# windeployqt copies the Qt libraries and plugins ecluse.exe needs, and Qt's own French
# translations; file(GET_RUNTIME_DEPENDENCIES) then copies every other DLL the executables and
# those plugins load (OpenSSL, SQLCipher, libarchive, GMP, Clp, jansson, libpq and theirs), from the folders
# the build found them in. Both run at install time, so `cmake --install` and CPack get the same
# tree. --skip-plugin-types needs the windeployqt of Qt 6.5 or later.
if(TARGET Qt6::windeployqt)
    set(ECLUSE_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
else()
    find_program(ECLUSE_WINDEPLOYQT_PROGRAM windeployqt
                 HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin")
    if(NOT ECLUSE_WINDEPLOYQT_PROGRAM)
        message(FATAL_ERROR "windeployqt not found next to Qt (${QT6_INSTALL_PREFIX}): the Windows installation "
                            "could not carry Qt's libraries. Set ECLUSE_WINDEPLOYQT_PROGRAM to its path.")
    endif()
    set(ECLUSE_WINDEPLOYQT "${ECLUSE_WINDEPLOYQT_PROGRAM}")
endif()
# Folders holding the DLLs of the libraries found at configure time. With vcpkg they all sit in
# the triplet's bin folder, which is Qt's; other layouts add theirs here.
set(ECLUSE_WINDOWS_RUNTIME_DIRS "" CACHE STRING
    "Extra folders holding DLLs the Windows installation must carry (Qt's own folder is always searched)")
# What reads a DLL's imports for file(GET_RUNTIME_DEPENDENCIES): MSVC's dumpbin, next to cl.exe.
get_filename_component(ecluse_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
find_program(ECLUSE_DUMPBIN dumpbin HINTS "${ecluse_compiler_dir}")
unset(ecluse_compiler_dir)
if(NOT ECLUSE_DUMPBIN)
    message(FATAL_ERROR "dumpbin not found next to ${CMAKE_CXX_COMPILER}: the installation could not list the DLLs "
                        "Écluse needs. Set ECLUSE_DUMPBIN to its path.")
endif()
set(ecluse_runtime_dirs "$<TARGET_FILE_DIR:Qt6::Core>" ${ECLUSE_WINDOWS_RUNTIME_DIRS})
install(CODE "set(ECLUSE_WINDEPLOYQT [[${ECLUSE_WINDEPLOYQT}]])
set(ECLUSE_DEPLOY_DEBUG $<CONFIG:Debug>)
set(ECLUSE_RUNTIME_DIRS [[${ecluse_runtime_dirs}]])
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND [[${ECLUSE_DUMPBIN}]])")
install(SCRIPT ${ECLUSE_WINDOWS_PACKAGING_DIR}/DeployRuntime.cmake)
unset(ecluse_runtime_dirs)

# The Microsoft C++ runtime, app-local, so that the MSI needs no separate redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF) # part of Windows 10 and later
include(InstallRequiredSystemLibraries)

# --- CPack WIX ---------------------------------------------------------------------------------

set(CPACK_GENERATOR WIX)
# One feature holding everything, policy templates included: an installation without them would
# leave administrators to find them elsewhere.
set(CPACK_MONOLITHIC_INSTALL ON)
# Windows Installer takes a later MSI for an upgrade of the installed one by this code. Generated
# once for Écluse: never change it, or the next version installs beside the old one instead of
# replacing it. scripts/check-windows-packaging.sh holds the same value and fails on a difference.
set(CPACK_WIX_UPGRADE_GUID "CA3B7089-371C-4B23-AA96-777E418C1F98")
# One folder for every version (C:\Program Files\Ecluse): paths in scripts and software
# restriction rules survive upgrades.
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Ecluse")
# A Start-menu entry for the GUI, directly in the Start menu (no folder, no uninstall shortcut:
# Windows' Settings uninstall). ecluse-cli has none: it is run from a terminal.
set(CPACK_PACKAGE_EXECUTABLES "ecluse" "Écluse")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
# Per-machine installation. CMake 3.25's WiX template sets no InstallScope, which installs into
# Program Files but registers the product and its Start-menu entry for the installing user only;
# the patch adds ALLUSERS=1 to <Product>. CMake 3.29 and later have CPACK_WIX_INSTALL_SCOPE for
# this: NONE keeps their template from defining ALLUSERS a second time.
set(CPACK_WIX_PATCH_FILE "${ECLUSE_WINDOWS_PACKAGING_DIR}/wix/product-patch.xml")
set(CPACK_WIX_INSTALL_SCOPE NONE)
# WixUI_InstallDir shows a licence page. Until the project has a licence, the page shows what is
# installed and where the policy templates are; when it has one, point this at an RTF of it.
set(CPACK_WIX_LICENSE_RTF "${ECLUSE_WINDOWS_PACKAGING_DIR}/notice.rtf")
# The installer's own dialogs in French; Windows Installer's messages follow the system language.
set(CPACK_WIX_CULTURES "fr-FR")
