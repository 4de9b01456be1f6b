# SPDX-License-Identifier: GPL-3.0-or-later
# The layer rule (ARCHITECTURE.md): app -> ui -> sync -> {models, protocol} -> domain.
# Debian's Qt shares one include folder, so a wrong #include still compiles; these tests
# read the #include lines instead. Included from tests/CMakeLists.txt:
#     include(${CMAKE_CURRENT_SOURCE_DIR}/layers.cmake)

find_package(Python3 COMPONENTS Interpreter REQUIRED)

# The Qt include root, the folder that holds QtCore/, QtWidgets/, ...
# (Debian: /usr/include/x86_64-linux-gnu/qt6).
set(CLIENTDESK_QT_INCLUDE_ROOT "")
if(QT6_INSTALL_PREFIX AND QT6_INSTALL_HEADERS
        AND IS_DIRECTORY "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}/QtCore")
    set(CLIENTDESK_QT_INCLUDE_ROOT "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}")
else()
    get_target_property(_clientdesk_qtcore_includes Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
    foreach(_clientdesk_dir IN LISTS _clientdesk_qtcore_includes)
        if(IS_DIRECTORY "${_clientdesk_dir}/QtCore")
            set(CLIENTDESK_QT_INCLUDE_ROOT "${_clientdesk_dir}")
            break()
        endif()
    endforeach()
    unset(_clientdesk_dir)
    unset(_clientdesk_qtcore_includes)
endif()
if(NOT CLIENTDESK_QT_INCLUDE_ROOT)
    message(FATAL_ERROR "layers.cmake: cannot find the Qt include root (the folder with QtCore/)")
endif()

cmake_path(GET CMAKE_CURRENT_LIST_DIR PARENT_PATH _clientdesk_repo_root)

add_test(NAME LayerIncludes
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_layers.py
        --root ${_clientdesk_repo_root} --qt-include ${CLIENTDESK_QT_INCLUDE_ROOT})
add_test(NAME LayerIncludesSelfTest
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_layers.py --self-test)
set_tests_properties(LayerIncludes LayerIncludesSelfTest PROPERTIES
    TIMEOUT 120 LABELS "lint" ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")

unset(_clientdesk_repo_root)
