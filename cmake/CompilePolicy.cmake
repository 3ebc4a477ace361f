# The compile policy every target links: language level, warnings, Qt's safety defines,
# and (optionally) sanitizers and warnings-as-errors.
add_library(orgconsole_policy INTERFACE)
target_compile_features(orgconsole_policy INTERFACE cxx_std_20)
target_compile_options(orgconsole_policy INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(orgconsole_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>)
target_include_directories(orgconsole_policy INTERFACE
  ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
if(ORGCONSOLE_WERROR)
  target_compile_options(orgconsole_policy INTERFACE -Werror)
endif()
if(ORGCONSOLE_SANITIZERS)
  target_compile_options(orgconsole_policy INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(orgconsole_policy INTERFACE -fsanitize=address,undefined)
endif()
if(ORGCONSOLE_TEST_HOOKS)
  target_compile_definitions(orgconsole_policy INTERFACE ORGCONSOLE_TEST_HOOKS=1)
endif()
