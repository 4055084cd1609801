#pragma once
// TOML text -> Doc: catrack's fast parser for the common part of TOML that
// diaries are written in, else toml++, which also words every syntax error.

#include "catrack/toml/doc.hpp"
#include "catrack/util/diagnostic.hpp"

#include <optional>
#include <string_view>

namespace catrack::toml {

// Parses `text` (which must outlive the Doc): the fast parser when it can,
// else toml++. Returns nullopt after adding the located error.
std::optional<Doc> parse(std::string_view text, const util::FileName& file, util::Diagnostics& errors);

// Parses with toml++ only: what `parse` falls back to, and what the tests
// compare the fast parser with.
std::optional<Doc> parse_with_tomlplusplus(std::string_view text, const util::FileName& file, util::Diagnostics& errors);

} // namespace catrack::toml
