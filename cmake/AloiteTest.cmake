# aloite_add_test(<name> LIBS <libs...> [LABELS <labels...>] [SOURCES <extra sources...>])
#
# Builds tst_<name>.cpp from the current folder into an executable that links the project's
# libraries (nothing is compiled twice) and registers it with CTest, offscreen and with the
# test-data path in ALOITE_TEST_DATA.
function(aloite_add_test name)
    cmake_parse_arguments(ARG "" "" "LIBS;LABELS;SOURCES" ${ARGN})
    set(target tst_${name})
    add_executable(${target} tst_${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${target} PRIVATE
        ALOITE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        ALOITE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        ALOITE_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${target})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 300)
endfunction()

# aloite_add_pg_test(<name> [FUNCTIONS <test functions...>])
#
# Registers the store test tst_<name> a second time as <name>_pg (label pg): the same binary, run
# against a PostgreSQL server that it starts itself (tests/common/PgServer.h), selected by
# ALOITE_TEST_BACKEND=postgres. FUNCTIONS limits the run to the functions that are not about a
# file (damage, backups, SQLite's own statements); without it, every function runs.
function(aloite_add_pg_test name)
    cmake_parse_arguments(ARG "" "" "FUNCTIONS" ${ARGN})
    add_test(NAME ${name}_pg COMMAND tst_${name} ${ARG_FUNCTIONS})
    set_tests_properties(${name}_pg PROPERTIES
        LABELS "core;pg"
        ENVIRONMENT "ALOITE_TEST_BACKEND=postgres;QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 300)
endfunction()
