# The HTML report loaded through playwright-core in Debian's chromium: no
# console error, no request, charts with names and tables, and the printed
# page count on A4 and Letter (check_page.mjs). A bad page must be caught.
# Inputs: CATRACK, ROOT, OUT, CHROMIUM, NODE, TOOLS.

if(NOT CHROMIUM OR NOT EXISTS "${CHROMIUM}")
  message(FATAL_ERROR "chromium not found: scripts/install-deps installs Debian's chromium")
endif()
if(NOT NODE OR NOT EXISTS "${NODE}")
  message(FATAL_ERROR "node not found: the browser checks need Node.js 20 or later")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/pages.cmake)
execute_process(
  COMMAND ${NODE} ${CMAKE_CURRENT_LIST_DIR}/check_page.mjs ${TOOLS} ${CHROMIUM}
          ${OUT}/week.html:4:4 ${OUT}/monthly.html:4:4 ${OUT}/hostile.html:3:3
          --expect-problems ${CMAKE_CURRENT_LIST_DIR}/bad-page.html
  RESULT_VARIABLE status OUTPUT_VARIABLE said ERROR_VARIABLE said TIMEOUT 120)
message("${said}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "check_page.mjs: status ${status}")
endif()
