# Flags every Écluse target shares, carried by one INTERFACE target.
add_library(ecluse_flags INTERFACE)
add_library(Ecluse::flags ALIAS ecluse_flags)

target_compile_features(ecluse_flags INTERFACE cxx_std_20)

target_compile_definitions(ecluse_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    ECLUSE_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ecluse_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
        -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wcast-qual
        -Wformat=2 -Wimplicit-fallthrough -Wnull-dereference
        -fstack-protector-strong -fstack-clash-protection)
    # _FORTIFY_SOURCE needs optimisation; Debug builds rely on the sanitizer options instead.
    target_compile_options(ecluse_flags INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    target_link_options(ecluse_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -pie)
    if(ECLUSE_WERROR)
        target_compile_options(ecluse_flags INTERFACE -Werror)
    endif()
    if(ECLUSE_ASAN)
        target_compile_options(ecluse_flags INTERFACE -fsanitize=address -fno-omit-frame-pointer)
        target_link_options(ecluse_flags INTERFACE -fsanitize=address)
    endif()
    if(ECLUSE_UBSAN)
        target_compile_options(ecluse_flags INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
        target_link_options(ecluse_flags INTERFACE -fsanitize=undefined)
    endif()
elseif(MSVC)
    target_compile_options(ecluse_flags INTERFACE /W4 /permissive- /guard:cf /sdl /utf-8)
    target_link_options(ecluse_flags INTERFACE /guard:cf /DYNAMICBASE /HIGHENTROPYVA /NXCOMPAT)
    if(ECLUSE_WERROR)
        target_compile_options(ecluse_flags INTERFACE /WX)
    endif()
endif()
