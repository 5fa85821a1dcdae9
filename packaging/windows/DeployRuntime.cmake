# Install-time step on Windows (install(SCRIPT) from Windows.cmake, which sets ECLUSE_WINDEPLOYQT,
# ECLUSE_DEPLOY_DEBUG and ECLUSE_RUNTIME_DIRS just before): puts next to ecluse.exe and
# ecluse-cli.exe every DLL they load that Windows does not provide. Anything it cannot find
# stops the installation: an MSI missing a DLL would install and then fail to start.

if(DEFINED ENV{DESTDIR} AND NOT "$ENV{DESTDIR}" STREQUAL "")
    message(FATAL_ERROR "DESTDIR is not supported for the Windows installation: use --prefix")
endif()
foreach(variable ECLUSE_WINDEPLOYQT ECLUSE_DEPLOY_DEBUG ECLUSE_RUNTIME_DIRS)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "${variable} is not set: DeployRuntime.cmake runs from the install rules of Windows.cmake")
    endif()
endforeach()

set(bin "${CMAKE_INSTALL_PREFIX}/bin")
set(executables "${bin}/ecluse.exe" "${bin}/ecluse-cli.exe")
foreach(executable IN LISTS executables)
    if(NOT EXISTS "${executable}")
        message(FATAL_ERROR "${executable} is not installed")
    endif()
endforeach()

# Qt: libraries, platform and style plugins, and Qt's French translations (Écluse's own come
# with its build). The SVG plugins draw the window icon, a resource Qt loads through them.
# Écluse opens its vault through SQLCipher, never Qt SQL: no SQL driver is shipped, even one a
# module would bring. The C++ runtime comes from InstallRequiredSystemLibraries.
if(ECLUSE_DEPLOY_DEBUG)
    set(mode --debug)
else()
    set(mode --release)
endif()
foreach(executable IN LISTS executables)
    execute_process(
        COMMAND "${ECLUSE_WINDEPLOYQT}" ${mode} --dir "${bin}" --no-compiler-runtime --no-opengl-sw
                --translations fr --skip-plugin-types sqldrivers --include-plugins qsvgicon,qsvg "${executable}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
if(EXISTS "${bin}/sqldrivers")
    message(FATAL_ERROR "${bin}/sqldrivers exists: Écluse must not ship Qt SQL drivers")
endif()
# Where Qt looks for its plugins and its translations: next to the executables, where windeployqt
# put them. Without qt.conf, QLibraryInfo (through which core/i18n/Translations.cpp finds Qt's
# French catalogue) would answer with paths derived from the layout Qt was built in.
file(WRITE "${bin}/qt.conf" "[Paths]\nPrefix = .\nPlugins = .\nTranslations = translations\n")

# Every other DLL, found by what the executables and the plugins import. The install folder is
# searched first, so that what windeployqt put there is what the others resolve to.
file(GLOB_RECURSE plugins "${bin}/*/*.dll")
file(GET_RUNTIME_DEPENDENCIES
     EXECUTABLES ${executables}
     LIBRARIES ${plugins}
     DIRECTORIES "${bin}" ${ECLUSE_RUNTIME_DIRS}
     PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
     POST_EXCLUDE_REGEXES "[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\]" "[/\\\\][Ss][Yy][Ss][Ww][Oo][Ww]64[/\\\\]"
     RESOLVED_DEPENDENCIES_VAR resolved
     UNRESOLVED_DEPENDENCIES_VAR unresolved
     CONFLICTING_DEPENDENCIES_PREFIX conflicting)
if(unresolved)
    message(FATAL_ERROR "DLLs not found in ${ECLUSE_RUNTIME_DIRS} (add their folder to ECLUSE_WINDOWS_RUNTIME_DIRS): "
                        "${unresolved}")
endif()
# A DLL Qt's folder holds and windeployqt copied resolves to both copies, depending on who loads
# it: harmless when they are the same file, a guess otherwise.
foreach(name IN LISTS conflicting_FILENAMES)
    set(first "")
    foreach(candidate IN LISTS conflicting_${name})
        file(SHA256 "${candidate}" hash)
        if(first STREQUAL "")
            set(first "${hash}")
        elseif(NOT hash STREQUAL first)
            message(FATAL_ERROR "${name}: different files in ${conflicting_${name}}; which one Écluse would load "
                                "depends on the order DLLs are loaded in")
        endif()
    endforeach()
    list(GET conflicting_${name} 0 chosen)
    list(APPEND resolved "${chosen}")
endforeach()
foreach(library IN LISTS resolved)
    cmake_path(GET library FILENAME name)
    # What windeployqt already put there is the same file; the rest is copied.
    if(NOT EXISTS "${bin}/${name}")
        file(INSTALL DESTINATION "${bin}" TYPE SHARED_LIBRARY FILES "${library}")
    endif()
endforeach()
