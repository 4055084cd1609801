#include "catrack/toml/read.hpp"

#include "catrack/util/text.hpp"
#include "catrack/util/date.hpp"

#include <cmath>
#include <fmt/format.h>
#include <vector>

namespace catrack::toml {

using util::Date;
using util::Diagnostic;
using util::Diagnostics;
using util::FileName;
using util::Location;
using util::join_or;
using util::nearest;

Location location_of(Position at, const FileName& file) { return {file, at.line, at.column}; }

Location location_of(const Node& node, const FileName& file) { return location_of(node.at, file); }

Location key_location_of(const Node& member, const FileName& file) {
  return location_of(member.key_at.line == 0 ? member.at : member.key_at, file);
}

std::string type_name(const Node& node) {
  switch (node.type) {
  case Type::string: return "a string";
  case Type::integer: return "an integer";
  case Type::floating_point: return "a number";
  case Type::boolean: return "true/false";
  case Type::date: return "a date";
  case Type::time: return "a time";
  case Type::date_time: return "a date-time";
  case Type::array: return "a list";
  case Type::table: return "a table";
  }
  return "nothing";
}

void check_keys(const Node& table, std::initializer_list<std::string_view> allowed,
                std::string_view where, const FileName& file, Diagnostics& errors) {
  check_keys(table, std::span(allowed.begin(), allowed.size()), where, file, errors);
}

void check_keys(const Node& table, std::span<const std::string_view> allowed, std::string_view where,
                const FileName& file, Diagnostics& errors) {
  for (const Node& member : table) {
    bool known = false;
    for (auto a : allowed) known = known || member.key == a;
    if (known) continue;
    std::vector<std::string> names(allowed.begin(), allowed.end());
    const auto close = nearest(member.key, names, 1);
    Diagnostic d;
    d.where = key_location_of(member, file);
    d.message = close.empty() ? fmt::format("unknown key \"{}\" in {}", member.key, where)
                              : fmt::format("unknown key \"{}\" in {}; did you mean \"{}\"?", member.key, where,
                                            close.front());
    d.hints.push_back(fmt::format("valid keys in {}: {}", where, join_or(names)));
    errors.push_back(std::move(d));
  }
}

namespace {

Diagnostic wrong_type(const Node& node, std::string_view key, std::string_view expected,
                      const FileName& file) {
  return {location_of(node, file),
          fmt::format("\"{}\" must be {}, not {}", key, expected, type_name(node)), {}};
}

} // namespace

std::optional<double> read_number(const Node& node, std::string_view key, const FileName& file,
                                  Diagnostics& errors) {
  double value = 0;
  if (auto i = node.as_integer()) {
    value = static_cast<double>(*i);
  } else if (auto f = node.as_floating_point()) {
    value = *f;
  } else {
    auto d = wrong_type(node, key, "a number", file);
    if (auto s = node.as_string()) {
      const std::string_view written = *s;
      const bool numeric = !written.empty() && written.find_first_not_of("0123456789.") == std::string::npos;
      d.hints.push_back(fmt::format("write numbers without quotes: {} = {}", key, numeric ? written : "250"));
    }
    errors.push_back(std::move(d));
    return std::nullopt;
  }
  if (!std::isfinite(value)) {
    errors.push_back({location_of(node, file), fmt::format("\"{}\" must be a finite number", key), {}});
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> read_string(const Node& node, std::string_view key,
                                       const FileName& file, Diagnostics& errors) {
  if (auto s = node.as_string()) return std::string(*s);
  errors.push_back(wrong_type(node, key, "a string", file));
  return std::nullopt;
}

std::optional<bool> read_bool(const Node& node, std::string_view key, const FileName& file,
                              Diagnostics& errors) {
  if (auto b = node.as_boolean()) return *b;
  auto d = wrong_type(node, key, "true or false", file);
  if (node.is_string()) d.hints.push_back(fmt::format("write {} = true, without quotes", key));
  errors.push_back(std::move(d));
  return std::nullopt;
}

std::optional<Date> read_date(const Node& node, std::string_view key, const FileName& file,
                              Diagnostics& errors) {
  if (auto d = node.as_date()) {
    const Date date{std::chrono::year{d->year}, std::chrono::month{static_cast<unsigned>(d->month)},
                    std::chrono::day{static_cast<unsigned>(d->day)}};
    if (!date.ok()) {
      errors.push_back({location_of(node, file), fmt::format("\"{}\" is not a real date", key), {}});
      return std::nullopt;
    }
    return date;
  }
  auto diag = wrong_type(node, key, "a date like 2026-11-24", file);
  if (node.is_string()) diag.hints.push_back(fmt::format("write the date without quotes: {} = 2026-11-24", key));
  if (node.is_date_time()) diag.hints.push_back("give the date only, without a time");
  errors.push_back(std::move(diag));
  return std::nullopt;
}

} // namespace catrack::toml
