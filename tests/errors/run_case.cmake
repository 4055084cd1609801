# One case of the bad-input catalogue (tests/errors/README.md): catrack must
# exit with status 2, print the located message in EXPECTED as the first line
# of standard error, and neither crash nor hang. UPDATE_GOLDEN=1 rewrites
# EXPECTED instead. Nothing is written into the source tree: the fixtures
# that are not files of the catalogue (a folder, a named pipe) are made in
# WORK, a folder of the build tree.
#
# Inputs: CATRACK (the binary), KIND, NAME (the case), DIR (the folder of its
# file), EXPECTED (its .expected file), WORK (a scratch folder for this case),
# ROOT (the repository root). KIND is
#   diary    catrack check NAME.toml, run in DIR
#   foods    catrack check --no-config --foods NAME.toml ROOT/examples/one-day.toml, run in DIR
#   missing  catrack check NAME.toml, a file that does not exist, run in WORK
#   folder   catrack check NAME, an empty folder made in WORK
#   fifo     catrack check FIFO, a named pipe made in WORK
#   foods-missing, foods-folder: --foods NAME.toml (a file that does not
#            exist) or --foods NAME (an empty folder made in WORK), run in WORK

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(cwd ${DIR})
if(KIND STREQUAL "diary")
  set(args check ${NAME}.toml)
elseif(KIND STREQUAL "foods")
  set(args check --no-config --foods ${NAME}.toml ${ROOT}/examples/one-day.toml)
elseif(KIND STREQUAL "missing")
  set(cwd ${WORK})
  set(args check ${NAME}.toml)
elseif(KIND STREQUAL "folder")
  set(cwd ${WORK})
  file(MAKE_DIRECTORY ${WORK}/${NAME})
  set(args check ${NAME})
elseif(KIND STREQUAL "fifo")
  set(cwd ${WORK})
  execute_process(COMMAND mkfifo FIFO WORKING_DIRECTORY ${WORK} RESULT_VARIABLE fifo_status)
  if(NOT fifo_status EQUAL 0)
    message(FATAL_ERROR "${NAME}: cannot make a named pipe in ${WORK}")
  endif()
  set(args check FIFO)
elseif(KIND STREQUAL "foods-missing")
  set(cwd ${WORK})
  set(args check --no-config --foods ${NAME}.toml ${ROOT}/examples/one-day.toml)
elseif(KIND STREQUAL "foods-folder")
  set(cwd ${WORK})
  file(MAKE_DIRECTORY ${WORK}/${NAME})
  set(args check --no-config --foods ${NAME} ${ROOT}/examples/one-day.toml)
else()
  message(FATAL_ERROR "unknown KIND '${KIND}'")
endif()

# A clean, predictable environment: no colour, C locale, no config file of
# the user's (${WORK}/config does not exist).
set(ENV{NO_COLOR} "")
set(ENV{LC_ALL} "C")
set(ENV{XDG_CONFIG_HOME} "${WORK}/config")

execute_process(COMMAND ${CATRACK} ${args} WORKING_DIRECTORY ${cwd}
                OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 20)
string(REGEX REPLACE "\n.*" "" first "${err}")
file(REMOVE_RECURSE ${WORK})

if("$ENV{UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE ${EXPECTED} "${first}\n")
  message(STATUS "updated ${EXPECTED}")
  return()
endif()

if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "${NAME}: no ${EXPECTED}; UPDATE_GOLDEN=1 writes it from catrack's output:\n  ${first}")
endif()
file(READ ${EXPECTED} expected)
string(STRIP "${expected}" expected)
if(NOT status EQUAL 2)
  message(FATAL_ERROR "${NAME}: exit status ${status}, expected 2 (catrack ${args})\n  first line: ${first}")
elseif(NOT "${first}" STREQUAL "${expected}")
  message(FATAL_ERROR "${NAME} (catrack ${args}):\n  expected: ${expected}\n  got:      ${first}")
endif()
