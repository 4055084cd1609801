#pragma once
// TOML text -> Doc: catrack's fast parser for the common part of TOML that
// diaries are written in (toml/fast_parser.hpp, a contained optimisation),
// else toml++, which reads all of TOML and words every syntax error. The
// TOML layer is the only code that sees toml++. Tables keep their members in
// the order the file wrote them, whichever parser read it.

#include "catrack/toml/doc.hpp"
#include "catrack/util/diagnostic.hpp"
#include "catrack/util/result.hpp"

#include <string_view>

namespace catrack::toml {

// Parses `text` (which must outlive the Doc), or gives the located syntax
// error.
util::Result<Doc> parse(std::string_view text, const util::FileName& file);

// Parses with toml++ only: what `parse` falls back to, and what the tests
// compare the fast parser with.
util::Result<Doc> parse_with_tomlplusplus(std::string_view text, const util::FileName& file);

} // namespace catrack::toml
