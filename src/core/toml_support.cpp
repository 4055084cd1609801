#include "toml_support.hpp"

#include "catrack/text.hpp"

#include <cmath>
#include <fmt/format.h>
#include <vector>

namespace catrack::tomlx {

Location location_of(const toml::source_region& region, const std::string& file) {
  return {file, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

Location location_of(const toml::node& node, const std::string& file) {
  return location_of(node.source(), file);
}

std::string type_name(const toml::node& node) {
  switch (node.type()) {
  case toml::node_type::string: return "a string";
  case toml::node_type::integer: return "an integer";
  case toml::node_type::floating_point: return "a number";
  case toml::node_type::boolean: return "true/false";
  case toml::node_type::date: return "a date";
  case toml::node_type::time: return "a time";
  case toml::node_type::date_time: return "a date-time";
  case toml::node_type::array: return "a list";
  case toml::node_type::table: return "a table";
  default: return "nothing";
  }
}

void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                std::string_view where, const std::string& file, Diagnostics& errors) {
  for (auto&& [key, value] : table) {
    bool known = false;
    for (auto a : allowed) known = known || key.str() == a;
    if (known) continue;
    std::vector<std::string> names(allowed.begin(), allowed.end());
    const auto close = nearest(key.str(), names, 1);
    Diagnostic d;
    d.where = location_of(key.source(), file);
    if (d.where.line == 0) d.where = location_of(value, file);
    d.message = close.empty() ? fmt::format("unknown key \"{}\" in {}", key.str(), where)
                              : fmt::format("unknown key \"{}\" in {}; did you mean \"{}\"?", key.str(), where,
                                            close.front());
    d.hints.push_back(fmt::format("valid keys in {}: {}", where, join_or(names)));
    errors.push_back(std::move(d));
  }
}

namespace {

Diagnostic wrong_type(const toml::node& node, std::string_view key, std::string_view expected,
                      const std::string& file) {
  return {location_of(node, file),
          fmt::format("\"{}\" must be {}, not {}", key, expected, type_name(node)), {}};
}

} // namespace

std::optional<double> read_number(const toml::node& node, std::string_view key, const std::string& file,
                                  Diagnostics& errors) {
  double value = 0;
  if (auto i = node.as_integer()) {
    value = static_cast<double>(i->get());
  } else if (auto f = node.as_floating_point()) {
    value = f->get();
  } else {
    auto d = wrong_type(node, key, "a number", file);
    if (auto s = node.as_string()) {
      const std::string& written = s->get();
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

std::optional<std::string> read_string(const toml::node& node, std::string_view key,
                                       const std::string& file, Diagnostics& errors) {
  if (auto s = node.as_string()) return s->get();
  errors.push_back(wrong_type(node, key, "a string", file));
  return std::nullopt;
}

std::optional<bool> read_bool(const toml::node& node, std::string_view key, const std::string& file,
                              Diagnostics& errors) {
  if (auto b = node.as_boolean()) return b->get();
  auto d = wrong_type(node, key, "true or false", file);
  if (node.is_string()) d.hints.push_back(fmt::format("write {} = true, without quotes", key));
  errors.push_back(std::move(d));
  return std::nullopt;
}

std::optional<Date> read_date(const toml::node& node, std::string_view key, const std::string& file,
                              Diagnostics& errors) {
  if (auto d = node.as_date()) {
    const auto& v = d->get();
    const Date date{std::chrono::year{v.year}, std::chrono::month{v.month}, std::chrono::day{v.day}};
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

Diagnostic parse_error(const toml::parse_error& error, const std::string& file) {
  Diagnostic d;
  d.where = location_of(error.source(), file);
  d.message = fmt::format("invalid TOML: {}", error.description());
  d.hints.push_back("check the quotes, brackets and commas here or just before");
  return d;
}

std::optional<toml::table> parse(std::string_view text, const std::string& file, Diagnostics& errors) {
  try {
    return toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    errors.push_back(parse_error(e, file));
    return std::nullopt;
  }
}

} // namespace catrack::tomlx
