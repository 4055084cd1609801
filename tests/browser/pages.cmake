# The reports the browser tests open, rendered by the real catrack into OUT:
# a week of days, two months by month, and a diary of hostile strings.
# Included by the test scripts; needs CATRACK, ROOT and OUT.

file(MAKE_DIRECTORY ${OUT})
set(CATRACK_PAGES
    "week|examples/scleroderma-week.toml"
    "monthly|-M|tests/data/period/two-months.toml"
    "hostile|tests/data/html/hostile.toml")
foreach(page ${CATRACK_PAGES})
  string(REPLACE "|" ";" parts "${page}")
  list(GET parts 0 name)
  list(SUBLIST parts 1 -1 arguments)
  execute_process(COMMAND ${CATRACK} report ${arguments} -o ${OUT}/${name}.html
                  WORKING_DIRECTORY ${ROOT} RESULT_VARIABLE status ERROR_VARIABLE errors TIMEOUT 60)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "catrack report ${arguments} -o ${name}.html: status ${status}\n${errors}")
  endif()
endforeach()
