# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest script: installs the build into a scratch prefix and checks that the installed tree is complete
# and that the installed galley runs on its own (RPATH finds any private library; no LD_LIBRARY_PATH).
# Variables: BUILD_DIR, STAGE, APP_ID, DATADIR, BINDIR, VERSION.
file(REMOVE_RECURSE "${STAGE}")
set(prefix "${STAGE}/usr")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()
foreach(f
    "${BINDIR}/galley"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/mime/packages/${APP_ID}.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${DATADIR}/man/man1/galley.1")
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "not installed: ${prefix}/${f}")
  endif()
endforeach()
set(ENV{LD_LIBRARY_PATH} "")
execute_process(COMMAND "${prefix}/${BINDIR}/galley" --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "galley ${VERSION}")
  message(FATAL_ERROR "installed galley --version failed (${rc}): ${out} ${err}")
endif()
# Every library the installed galley loads must resolve; a bundled one must come from the installed tree.
execute_process(COMMAND ldd "${prefix}/${BINDIR}/galley" OUTPUT_VARIABLE libs)
if(libs MATCHES "not found")
  message(FATAL_ERROR "unresolved libraries:\n${libs}")
endif()
if(libs MATCHES "SyntaxHighlighting[^\n]*=> ([^\n]*)")
  set(ksh "${CMAKE_MATCH_1}")
  if(EXISTS "${prefix}/lib" AND NOT ksh MATCHES "^/usr/" AND NOT ksh MATCHES "^${STAGE}")
    message(FATAL_ERROR "KSyntaxHighlighting is loaded from outside the installed tree: ${ksh}")
  endif()
endif()
message(STATUS "installed tree in ${prefix} is complete; galley --version: ${out}")
file(REMOVE_RECURSE "${STAGE}")
