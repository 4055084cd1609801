# The HTML report in Debian's chromium, from the command line: the page is
# valid HTML (tidy), --dump-dom holds the expected totals and notes and
# every hostile string as text, --print-to-pdf gives the expected number of
# pages, and --screenshot gives the picture (OUT/report.png, a CI artifact;
# docs/report.png in the repository is one of these).
# Inputs: CATRACK, ROOT, OUT, CHROMIUM, TIDY.

foreach(tool CHROMIUM TIDY)
  if(NOT ${tool} OR NOT EXISTS "${${tool}}")
    message(FATAL_ERROR "${tool} not found: scripts/install-deps installs Debian's chromium and tidy")
  endif()
endforeach()
include(${CMAKE_CURRENT_LIST_DIR}/pages.cmake)

# No network: the flags that stop the browser's own background requests.
set(flags --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
          --disable-component-update --disable-sync --no-pdf-header-footer --hide-scrollbars)
set(run 0)
function(chromium page)
  math(EXPR next "${run} + 1")
  set(run ${next} PARENT_SCOPE)
  file(REMOVE_RECURSE ${OUT}/profile-${next})
  execute_process(COMMAND ${CHROMIUM} ${flags} --user-data-dir=${OUT}/profile-${next} ${ARGN} file://${OUT}/${page}.html
                  RESULT_VARIABLE status OUTPUT_VARIABLE dom ERROR_VARIABLE noise TIMEOUT 60)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "chromium ${ARGN} ${page}.html: status ${status}\n${noise}")
  endif()
  set(dom "${dom}" PARENT_SCOPE)
endfunction()

function(expect page text)
  string(FIND "${dom}" "${text}" at)
  if(at EQUAL -1)
    message(SEND_ERROR "${page}: the DOM lacks: ${text}")
  endif()
endfunction()
function(refuse page text)
  string(FIND "${dom}" "${text}" at)
  if(NOT at EQUAL -1)
    message(SEND_ERROR "${page}: the DOM has: ${text}")
  endif()
endfunction()

# Valid HTML: tidy finds nothing to say (no error, no warning).
foreach(page week monthly hostile)
  execute_process(COMMAND ${TIDY} -q -e ${OUT}/${page}.html RESULT_VARIABLE status ERROR_VARIABLE said OUTPUT_QUIET)
  if(NOT status EQUAL 0 OR NOT said STREQUAL "")
    message(SEND_ERROR "tidy ${page}.html: status ${status}\n${said}")
  endif()
endforeach()

chromium(week --dump-dom)
expect(week "examples/scleroderma-week.toml")
expect(week "<td class=\"num\">1150 mg</td>")         # the mean a day
expect(week "<td class=\"num\">1549</td>")            # 2026-11-16's total in the chart's table
expect(week "raised for glucocorticoids")
expect(week "on 5 of 7 days: 2026-11-16 to 2026-11-17, 2026-11-19, 2026-11-21 to 2026-11-22") # calcinosis-supplement
expect(week "630 mg at 08:00")
expect(week "An estimate for discussion with your care team, not medical advice.")
string(REGEX MATCHALL "<code>dose-over-500</code>" once "${dom}")
list(LENGTH once count)
if(NOT count EQUAL 1)
  message(SEND_ERROR "week: dose-over-500 is listed ${count} times, not once")
endif()

chromium(monthly --dump-dom)
expect(monthly "<th scope=\"col\">month</th>")
expect(monthly "<td>2026-10</td>")
expect(monthly "Weeks and months show the mean of the days logged in them.")

chromium(hostile --dump-dom)
expect(hostile "&lt;script&gt;alert('x')&lt;/script&gt; yogurt")
expect(hostile "calcium &lt;img src=x onerror=alert(1)&gt;")
expect(hostile "mum's \"famous\" mac &amp; cheese")
expect(hostile "Ben &amp; Jerry's &lt;b&gt;bold&lt;/b&gt; ice cream")
expect(hostile "milk \\u202eknil\\u202c from the shop")
refuse(hostile "<script")
refuse(hostile "<img")
refuse(hostile "<b>")
file(READ ${OUT}/hostile.html raw HEX)
string(FIND "${raw}" "e280ae" rlo) # U+202E RIGHT-TO-LEFT OVERRIDE in UTF-8
if(NOT rlo EQUAL -1)
  message(SEND_ERROR "hostile: the page holds a raw right-to-left override")
endif()

# Printed on chromium's default paper (Letter); check_page.mjs does A4 and Letter.
chromium(week --print-to-pdf=${OUT}/week.pdf)
# Read as hex: a PDF holds NUL bytes. "/Type /Page" not followed by "s".
file(READ ${OUT}/week.pdf pdf HEX)
string(REGEX MATCHALL "2f54797065202f50616765([0-6][0-9a-f]|7[0-24-9a-f]|[89a-f][0-9a-f])" pages "${pdf}")
list(LENGTH pages count)
if(NOT count EQUAL 4)
  message(SEND_ERROR "week.pdf: ${count} pages, expected 4")
endif()

chromium(week --window-size=900,1400 --screenshot=${OUT}/report.png)
file(READ ${OUT}/report.png signature LIMIT 8 HEX)
if(NOT signature STREQUAL "89504e470d0a1a0a")
  message(SEND_ERROR "report.png is not a PNG")
endif()
message(STATUS "screenshot: ${OUT}/report.png")
