# The libFuzzer targets (tests/fuzz/fuzz_NAME.cpp, seeds in tests/fuzz/corpus/NAME/), shared by the
# fuzz build that makes them and the test build that runs them for a bounded time.
set(ORGCONSOLE_FUZZERS litellm_reply litellm_error values validation csv_import settings sim_http)
# Seconds each target runs in the test command (scripts/fuzz-long runs them longer).
set(ORGCONSOLE_FUZZ_SECONDS 10 CACHE STRING "Seconds each fuzz target runs in the test suite")
