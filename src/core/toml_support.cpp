#include "toml_support.hpp"

#include "catrack/text.hpp"
#include "toml_fast_parser.hpp"

#include <cmath>
#include <fmt/format.h>
#include <toml++/toml.h>
#include <vector>

namespace catrack::tomlx {

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

namespace {

Diagnostic parse_error(const toml::parse_error& error, const FileName& file) {
  Diagnostic d;
  d.where = location_of(Position{static_cast<int>(error.source().begin.line),
                                 static_cast<int>(error.source().begin.column)},
                        file);
  d.message = fmt::format("invalid TOML: {}", error.description());
  d.hints.push_back("check the quotes, brackets and commas here or just before");
  return d;
}

Position position_of(const toml::source_position& p) {
  return {static_cast<int>(p.line), static_cast<int>(p.column)};
}

Node& convert(const toml::node& from, Doc& doc);

void convert_members(const toml::table& from, Node& out, Doc& doc) {
  for (auto&& [key, child] : from) {
    Node& member = convert(child, doc);
    member.key = doc.keep(std::string(key.str()));
    member.key_at = position_of(key.source().begin);
    out.append(member);
  }
}

// toml++'s tree as a Doc: each value with its place, strings copied.
Node& convert(const toml::node& from, Doc& doc) {
  const Position at = position_of(from.source().begin);
  Node* out = nullptr;
  from.visit([&](auto&& value) {
    using T = std::remove_cvref_t<decltype(value)>;
    if constexpr (std::is_same_v<T, toml::table>) {
      out = &doc.make(Type::table, at);
      convert_members(value, *out, doc);
    } else if constexpr (std::is_same_v<T, toml::array>) {
      out = &doc.make(Type::array, at);
      for (auto&& child : value) out->append(convert(child, doc));
    } else if constexpr (std::is_same_v<T, toml::value<std::string>>) {
      out = &doc.make(Type::string, at);
      out->text = doc.keep(value.get());
    } else if constexpr (std::is_same_v<T, toml::value<std::int64_t>>) {
      out = &doc.make(Type::integer, at);
      out->integer = value.get();
    } else if constexpr (std::is_same_v<T, toml::value<double>>) {
      out = &doc.make(Type::floating_point, at);
      out->number = value.get();
    } else if constexpr (std::is_same_v<T, toml::value<bool>>) {
      out = &doc.make(Type::boolean, at);
      out->boolean = value.get();
    } else if constexpr (std::is_same_v<T, toml::value<toml::date>>) {
      out = &doc.make(Type::date, at);
      out->date = {value.get().year, value.get().month, value.get().day};
    } else if constexpr (std::is_same_v<T, toml::value<toml::time>>) {
      out = &doc.make(Type::time, at);
      out->time = {value.get().hour, value.get().minute, value.get().second,
                   static_cast<int>(value.get().nanosecond)};
    } else {
      out = &doc.make(Type::date_time, at);
    }
  });
  return *out;
}

// Where toml++ 3.3 would test a character beyond ASCII for being
// whitespace: outside strings and comments, and after a backslash in a
// multi-line basic string. For many such characters (most accented letters
// among them) that test reaches code marked unreachable, which is undefined
// behaviour, so such a text must not reach toml++. The place of the first
// one, or nothing.
std::optional<Position> beyond_ascii_outside_strings(std::string_view text) {
  enum class In { code, comment, basic, literal, multi_basic, multi_literal } in = In::code;
  Position at{1, 1};
  bool after_backslash = false; // in a multi-line basic string, only blanks since
  const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // toml++ skips it
  for (std::size_t i = bom; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto starts = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
    if (c >= 0x80 && (c & 0xC0) != 0x80 && (in == In::code || (in == In::multi_basic && after_backslash))) return at;
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++at.column;
    }
    if (in == In::multi_basic && after_backslash && c != ' ' && c != '\t' && c != '\n' && c != '\r')
      after_backslash = false;
    switch (in) {
    case In::code:
      if (c == '#') in = In::comment;
      else if (starts("\"\"\"")) in = In::multi_basic, i += 2, at.column += 2;
      else if (starts("'''")) in = In::multi_literal, i += 2, at.column += 2;
      else if (c == '"') in = In::basic;
      else if (c == '\'') in = In::literal;
      break;
    case In::comment:
      if (c == '\n') in = In::code;
      break;
    case In::basic:
      if (c == '\\') ++i, ++at.column; // the escaped character, ASCII in a valid escape
      else if (c == '"' || c == '\n') in = In::code;
      break;
    case In::literal:
      if (c == '\'' || c == '\n') in = In::code;
      break;
    case In::multi_basic:
      if (c == '\\') after_backslash = true;
      else if (starts("\"\"\"")) in = In::code, i += 2, at.column += 2;
      break;
    case In::multi_literal:
      if (starts("'''")) in = In::code, i += 2, at.column += 2;
      break;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<Doc> parse_with_tomlplusplus(std::string_view text, const FileName& file, Diagnostics& errors) {
  if (const auto at = beyond_ascii_outside_strings(text)) {
    errors.push_back({location_of(*at, file), "invalid TOML: a character beyond ASCII outside quotes",
                      {"names with accents or symbols go in quotes: \"crème fraîche\" = { ... }",
                       "check the quotes here or just before"}});
    return std::nullopt;
  }
  toml::table table;
  try {
    table = toml::parse(text, std::string_view(file.str()));
  } catch (const toml::parse_error& e) {
    errors.push_back(parse_error(e, file));
    return std::nullopt;
  }
  Doc doc;
  doc.root().at = position_of(table.source().begin);
  convert_members(table, doc.root(), doc);
  return doc;
}

std::optional<Doc> parse(std::string_view text, const FileName& file, Diagnostics& errors) {
  Doc doc;
  if (parse_common_toml(text, doc)) return doc;
  return parse_with_tomlplusplus(text, file, errors);
}

} // namespace catrack::tomlx
