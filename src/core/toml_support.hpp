#pragma once
// The one place that knows toml++: node locations, type names and key checks
// shared by the diary and food readers. Not a public header.

#include "catrack/diagnostic.hpp"
#include "catrack/profile.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <toml++/toml.h>

namespace catrack::tomlx {

Location location_of(const toml::source_region& region, const std::string& file);
Location location_of(const toml::node& node, const std::string& file);

// "a string", "an integer", "a table", ...
std::string type_name(const toml::node& node);

// Every key of `table` must be in `allowed`; an unknown key is an error at the
// key that names the nearest valid one ("did you mean ...").
void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                std::string_view where, const std::string& file, Diagnostics& errors);

// Reads a finite number (integer or float). Errors name the key.
std::optional<double> read_number(const toml::node& node, std::string_view key, const std::string& file,
                                  Diagnostics& errors);

std::optional<std::string> read_string(const toml::node& node, std::string_view key,
                                       const std::string& file, Diagnostics& errors);

std::optional<bool> read_bool(const toml::node& node, std::string_view key, const std::string& file,
                              Diagnostics& errors);

std::optional<Date> read_date(const toml::node& node, std::string_view key, const std::string& file,
                              Diagnostics& errors);

// The parse error of toml++ as a located diagnostic.
Diagnostic parse_error(const toml::parse_error& error, const std::string& file);

// Parses, refusing what toml++ would accept but a diary cannot be: returns
// nullopt after adding the error.
std::optional<toml::table> parse(std::string_view text, const std::string& file, Diagnostics& errors);

} // namespace catrack::tomlx
