# Eigen and nlohmann/json: the PyPI packages first (cmeel-eigen, nlohmann-json, both in
# [build-system] requires), a system copy second (Debian's libeigen3-dev, nlohmann-json3-dev).
# The PyPI packages are located through the Python interpreter that runs the build.

find_package(Python3 COMPONENTS Interpreter QUIET)
set(_stancemap_pypi_prefixes "")
set(_stancemap_pypi_json_include "")
if(Python3_Interpreter_FOUND)
  execute_process(
    COMMAND "${Python3_EXECUTABLE}" -c [=[
import importlib.util, os, sys
prefixes = [os.path.join(p, "cmeel.prefix") for p in sys.path if p and os.path.isdir(os.path.join(p, "cmeel.prefix"))]
spec = importlib.util.find_spec("nlohmann_json")
inc = ""
if spec and spec.submodule_search_locations:
    inc = os.path.join(list(spec.submodule_search_locations)[0], "include")
print(",".join(prefixes) + "|" + inc)
]=]
    OUTPUT_VARIABLE _stancemap_probe
    OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _stancemap_probe_rc)
  if(_stancemap_probe_rc EQUAL 0)
    string(REPLACE "|" ";" _stancemap_probe_parts "${_stancemap_probe}")
    list(LENGTH _stancemap_probe_parts _n)
    if(_n GREATER 0)
      list(GET _stancemap_probe_parts 0 _stancemap_pypi_prefixes)
      string(REPLACE "," ";" _stancemap_pypi_prefixes "${_stancemap_pypi_prefixes}")
    endif()
    if(_n GREATER 1)
      list(GET _stancemap_probe_parts -1 _stancemap_pypi_json_include)
    endif()
  endif()
endif()

# --- Eigen ---------------------------------------------------------------------------------
find_package(Eigen3 3.3 CONFIG QUIET HINTS ${_stancemap_pypi_prefixes} NO_DEFAULT_PATH)
if(Eigen3_FOUND)
  message(STATUS "stancemap: Eigen ${Eigen3_VERSION} from the PyPI package cmeel-eigen")
else()
  find_package(Eigen3 3.3 CONFIG QUIET)
  if(Eigen3_FOUND)
    message(STATUS "stancemap: Eigen ${Eigen3_VERSION} from the system (${Eigen3_DIR})")
  else()
    message(FATAL_ERROR "stancemap needs Eigen 3.3 or newer: pip install cmeel-eigen "
                        "(or apt-get install libeigen3-dev)")
  endif()
endif()

# --- nlohmann/json -------------------------------------------------------------------------
if(_stancemap_pypi_json_include AND EXISTS "${_stancemap_pypi_json_include}/nlohmann/json.hpp")
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_stancemap_pypi_json_include}")
  message(STATUS "stancemap: nlohmann/json from the PyPI package nlohmann-json")
else()
  find_package(nlohmann_json 3.10 CONFIG QUIET)
  if(nlohmann_json_FOUND)
    message(STATUS "stancemap: nlohmann/json ${nlohmann_json_VERSION} from the system")
  else()
    message(FATAL_ERROR "stancemap needs nlohmann/json 3.10 or newer: pip install nlohmann-json "
                        "(or apt-get install nlohmann-json3-dev)")
  endif()
endif()
