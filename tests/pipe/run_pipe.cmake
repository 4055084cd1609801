# `catrack ... | head` must end quietly: no "broken pipe" message, no error
# status of its own, however much output was left to write.
# Inputs: CATRACK (binary), ROOT (repository root).

# Enough output to fill any pipe buffer many times over.
set(args check --format ndjson)
foreach(i RANGE 300)
  list(APPEND args examples/scleroderma-week.toml)
endforeach()

execute_process(
  COMMAND ${CATRACK} ${args}
  COMMAND head -c 200
  WORKING_DIRECTORY ${ROOT}
  OUTPUT_VARIABLE got_stdout
  ERROR_VARIABLE got_stderr
  RESULTS_VARIABLE statuses
  TIMEOUT 60)

string(LENGTH "${got_stdout}" length)
if(NOT length EQUAL 200)
  message(FATAL_ERROR "head got ${length} bytes, expected 200")
endif()
if(NOT got_stderr STREQUAL "")
  message(FATAL_ERROR "catrack wrote to standard error after head closed the pipe:\n${got_stderr}")
endif()
list(GET statuses 0 catrack_status)
# Killed by SIGPIPE, as cat and grep are, or ended early with its own status.
if(NOT catrack_status MATCHES "^(0|1|SIGPIPE|141)$")
  message(FATAL_ERROR "catrack ended with '${catrack_status}'")
endif()
message(STATUS "catrack | head: ${catrack_status}, nothing on standard error")
