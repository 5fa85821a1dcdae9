# French and English for every message of core, ui and app (docs/TRANSLATIONS.md).
#
# The .ts files under resources/translations are the sources translators edit; the compiled
# .qm files are built into ecluse_core as Qt resources (:/i18n/ecluse_<lang>.qm), so that both
# executables carry them and no installed file can be swapped for another. English holds only
# the plural forms of the "%n ..." messages, whose source text is already English.
#
# `cmake --build build --target update_translations` brings the .ts files up to date with the
# code; tests/translations checks that nothing is missing or unfinished.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE ECLUSE_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
set(ECLUSE_TS_FR ${PROJECT_SOURCE_DIR}/resources/translations/ecluse_fr.ts)
set(ECLUSE_TS_EN ${PROJECT_SOURCE_DIR}/resources/translations/ecluse_en.ts)
# No line numbers in the .ts files: a change elsewhere in a file then leaves them alone.
set(ECLUSE_LUPDATE_OPTIONS -locations none -no-obsolete)

add_custom_target(ecluse_translations_fr)
qt_add_lupdate(ecluse_translations_fr
    TS_FILES ${ECLUSE_TS_FR}
    SOURCES ${ECLUSE_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app
    OPTIONS ${ECLUSE_LUPDATE_OPTIONS})
add_custom_target(ecluse_translations_en)
qt_add_lupdate(ecluse_translations_en
    TS_FILES ${ECLUSE_TS_EN}
    SOURCES ${ECLUSE_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app
    OPTIONS ${ECLUSE_LUPDATE_OPTIONS} -pluralonly)

qt_add_lrelease(ecluse_core
    TS_FILES ${ECLUSE_TS_FR} ${ECLUSE_TS_EN}
    OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE ECLUSE_QM_FILES)
qt_add_resources(ecluse_core ecluse_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${ECLUSE_QM_FILES})
