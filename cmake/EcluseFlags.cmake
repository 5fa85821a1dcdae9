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
    # _FORTIFY_SOURCE needs optimisation; Debug builds rely on the sanitizer options instead. Under
    # AddressSanitizer it is left out: its checks would stop an overflow before ASan could report
    # where the buffer came from.
    if(NOT ECLUSE_ASAN)
        target_compile_options(ecluse_flags INTERFACE
            $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(ecluse_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -pie)
    if(ECLUSE_WERROR)
        target_compile_options(ecluse_flags INTERFACE -Werror)
    endif()
    if(ECLUSE_ASAN OR ECLUSE_UBSAN OR ECLUSE_FUZZ)
        # Code chosen by processor at load time (ifunc) runs before the sanitizers' runtime.
        target_compile_definitions(ecluse_flags INTERFACE ECLUSE_SANITIZED)
    endif()
    if(ECLUSE_ASAN)
        target_compile_options(ecluse_flags INTERFACE -fsanitize=address -fno-omit-frame-pointer)
        target_link_options(ecluse_flags INTERFACE -fsanitize=address)
    endif()
    if(ECLUSE_UBSAN)
        target_compile_options(ecluse_flags INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
        target_link_options(ecluse_flags INTERFACE -fsanitize=undefined)
    endif()
    if(ECLUSE_FUZZ)
        # Coverage feedback for libFuzzer in every Écluse object; only the targets under
        # tests/fuzz link libFuzzer itself (-fsanitize=fuzzer), so the other executables keep
        # their own main() and run as usual.
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "ECLUSE_FUZZ needs clang and its libFuzzer runtime: "
                                "-DCMAKE_CXX_COMPILER=clang++ (Debian: clang, libclang-rt-dev)")
        endif()
        include(CheckCXXSourceCompiles)
        set(CMAKE_REQUIRED_LINK_OPTIONS -fsanitize=fuzzer)
        check_cxx_source_compiles("
            #include <cstddef>
            #include <cstdint>
            extern \"C\" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }"
            ECLUSE_HAVE_LIBFUZZER)
        unset(CMAKE_REQUIRED_LINK_OPTIONS)
        if(NOT ECLUSE_HAVE_LIBFUZZER)
            message(FATAL_ERROR "clang cannot link libFuzzer: install its runtime (Debian, Ubuntu: libclang-rt-dev)")
        endif()
        target_compile_options(ecluse_flags INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(ecluse_flags INTERFACE /W4 /permissive- /guard:cf /sdl /utf-8)
    target_link_options(ecluse_flags INTERFACE /guard:cf /DYNAMICBASE /HIGHENTROPYVA /NXCOMPAT)
    if(ECLUSE_WERROR)
        target_compile_options(ecluse_flags INTERFACE /WX)
    endif()
endif()
