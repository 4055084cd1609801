#pragma once
// A fast parser for the TOML that diaries and food files are written in:
// key = value lines, [table] and [[array]] headers of one key, basic and
// literal strings, decimal integers and floats, booleans, local dates and
// times, arrays and inline tables. Not a public header.
//
// It gives up (returns false) at anything else, valid or not: multi-line
// strings, dotted keys and headers, hexadecimal numbers, date-times, a
// byte-order mark, a key given twice, invalid UTF-8, ... The caller then
// parses with toml++, which reads all of TOML and words the errors. So this
// parser never reports an error and never has to be right about one; where it
// does succeed it yields exactly the tree toml++ would (tests/unit/
// test_toml_parse.cpp compares the two on every TOML file in the project and
// the fuzzer on any bytes).
//
// Why: toml++ allocates a node, a key and a source path per value; on a small
// diary that was most of catrack's time (docs/PERFORMANCE.md).

#include "catrack/toml/doc.hpp"

#include <string_view>

namespace catrack::toml {

// Fills `doc` from `text` and returns true, or returns false (`doc` is then
// unspecified). String values may point into `text`.
bool parse_common_toml(std::string_view text, Doc& doc);

} // namespace catrack::toml
