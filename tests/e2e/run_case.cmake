# Runs one end-to-end case: the real catrack binary on real files, comparing
# standard output, standard error and the exit status with the case's files.
# Inputs: CATRACK (binary), CASE (case folder), ROOT (repository root).

file(READ ${CASE}/args args_text)
string(STRIP "${args_text}" args_text)
separate_arguments(args UNIX_COMMAND "${args_text}")

set(stdin_option)
if(EXISTS ${CASE}/stdin)
  set(stdin_option INPUT_FILE ${CASE}/stdin)
endif()

# A clean, predictable environment: no colour variables, C locale.
set(ENV{NO_COLOR} "")
set(ENV{LC_ALL} "C")
set(ENV{XDG_CONFIG_HOME} "${CASE}/no-config")

execute_process(
  COMMAND ${CATRACK} ${args}
  WORKING_DIRECTORY ${ROOT}
  ${stdin_option}
  OUTPUT_VARIABLE got_stdout
  ERROR_VARIABLE got_stderr
  RESULT_VARIABLE got_status
  TIMEOUT 60)

if("$ENV{UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE ${CASE}/stdout "${got_stdout}")
  file(WRITE ${CASE}/stderr "${got_stderr}")
  file(WRITE ${CASE}/status "${got_status}\n")
  message(STATUS "updated ${CASE}")
  return()
endif()

set(failed FALSE)
foreach(stream stdout stderr)
  set(expected "")
  if(EXISTS ${CASE}/${stream})
    file(READ ${CASE}/${stream} expected)
  endif()
  if(NOT "${got_${stream}}" STREQUAL "${expected}")
    message("---- ${stream} expected:\n${expected}---- ${stream} got:\n${got_${stream}}----")
    set(failed TRUE)
  endif()
endforeach()
file(READ ${CASE}/status expected_status)
string(STRIP "${expected_status}" expected_status)
if(NOT "${got_status}" STREQUAL "${expected_status}")
  message("---- exit status expected ${expected_status}, got ${got_status}")
  set(failed TRUE)
endif()
if(failed)
  message(FATAL_ERROR "e2e case ${CASE} failed (args: ${args_text})")
endif()
