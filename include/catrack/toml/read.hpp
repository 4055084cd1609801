#pragma once
// What the diary and food readers share about the nodes of a parsed Doc:
// locations, type names, key checks and typed reads with located errors.

#include "catrack/util/diagnostic.hpp"
#include "catrack/util/date.hpp"
#include "catrack/toml/doc.hpp"

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace catrack::toml {

util::Location location_of(Position at, const util::FileName& file);
util::Location location_of(const Node& node, const util::FileName& file);
// Where a table's member was named: its key, or its value when the key has no place.
util::Location key_location_of(const Node& member, const util::FileName& file);

// "a string", "an integer", "a table", ...
std::string type_name(const Node& node);

// Every key of `table` must be in `allowed`; an unknown key is an error at the
// key that names the nearest valid one ("did you mean ...").
void check_keys(const Node& table, std::span<const std::string_view> allowed, std::string_view where,
                const util::FileName& file, util::Diagnostics& errors);
void check_keys(const Node& table, std::initializer_list<std::string_view> allowed,
                std::string_view where, const util::FileName& file, util::Diagnostics& errors);

// Reads a finite number (integer or float). Errors name the key.
std::optional<double> read_number(const Node& node, std::string_view key, const util::FileName& file,
                                  util::Diagnostics& errors);

std::optional<std::string> read_string(const Node& node, std::string_view key,
                                       const util::FileName& file, util::Diagnostics& errors);

std::optional<bool> read_bool(const Node& node, std::string_view key, const util::FileName& file,
                              util::Diagnostics& errors);

std::optional<util::Date> read_date(const Node& node, std::string_view key, const util::FileName& file,
                              util::Diagnostics& errors);

} // namespace catrack::toml
