#pragma once
// Parsing TOML (toml_fast_parser.hpp, else toml++) into a Doc, and what the
// diary and food readers share about its nodes: locations, type names, key
// checks. Not a public header.

#include "catrack/diagnostic.hpp"
#include "catrack/profile.hpp"
#include "toml_doc.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace catrack::tomlx {

Location location_of(Position at, const FileName& file);
Location location_of(const Node& node, const FileName& file);
// Where a table's member was named: its key, or its value when the key has no place.
Location key_location_of(const Node& member, const FileName& file);

// "a string", "an integer", "a table", ...
std::string type_name(const Node& node);

// Every key of `table` must be in `allowed`; an unknown key is an error at the
// key that names the nearest valid one ("did you mean ...").
void check_keys(const Node& table, std::initializer_list<std::string_view> allowed,
                std::string_view where, const FileName& file, Diagnostics& errors);

// Reads a finite number (integer or float). Errors name the key.
std::optional<double> read_number(const Node& node, std::string_view key, const FileName& file,
                                  Diagnostics& errors);

std::optional<std::string> read_string(const Node& node, std::string_view key,
                                       const FileName& file, Diagnostics& errors);

std::optional<bool> read_bool(const Node& node, std::string_view key, const FileName& file,
                              Diagnostics& errors);

std::optional<Date> read_date(const Node& node, std::string_view key, const FileName& file,
                              Diagnostics& errors);

// Parses `text` (which must outlive the Doc): the fast parser when it can,
// else toml++. Returns nullopt after adding the located error.
std::optional<Doc> parse(std::string_view text, const FileName& file, Diagnostics& errors);

// Parses with toml++ only: what `parse` falls back to, and what the tests
// compare the fast parser with.
std::optional<Doc> parse_with_tomlplusplus(std::string_view text, const FileName& file, Diagnostics& errors);

} // namespace catrack::tomlx
