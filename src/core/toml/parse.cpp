#include "catrack/toml/parse.hpp"

#include "catrack/toml/read.hpp"
#include "toml/fast_parser.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <algorithm>
#include <vector>

namespace catrack::toml {

using util::Diagnostic;
using util::Diagnostics;
using util::FileName;

namespace {

Diagnostic parse_error(const ::toml::parse_error& error, const FileName& file) {
  Diagnostic d;
  d.where = location_of(Position{static_cast<int>(error.source().begin.line),
                                 static_cast<int>(error.source().begin.column)},
                        file);
  d.message = fmt::format("invalid TOML: {}", error.description());
  d.hints.push_back("check the quotes, brackets and commas here or just before");
  return d;
}

Position position_of(const ::toml::source_position& p) {
  return {static_cast<int>(p.line), static_cast<int>(p.column)};
}

Node& convert(const ::toml::node& from, Doc& doc);

// toml++ keeps a table's members in key order; a Doc keeps them as the
// file wrote them.
void convert_members(const ::toml::table& from, Node& out, Doc& doc) {
  std::vector<Node*> members;
  members.reserve(from.size());
  for (auto&& [key, child] : from) {
    Node& member = convert(child, doc);
    member.key = doc.keep(std::string(key.str()));
    member.key_at = position_of(key.source().begin);
    members.push_back(&member);
  }
  const auto written_at = [](const Node* n) {
    const Position& p = n->key_at.line != 0 ? n->key_at : n->at;
    return std::pair(p.line, p.column);
  };
  std::stable_sort(members.begin(), members.end(),
                   [&](const Node* a, const Node* b) { return written_at(a) < written_at(b); });
  for (Node* member : members) out.append(*member);
}

// toml++'s tree as a Doc: each value with its place, strings copied.
Node& convert(const ::toml::node& from, Doc& doc) {
  const Position at = position_of(from.source().begin);
  Node* out = nullptr;
  from.visit([&](auto&& value) {
    using T = std::remove_cvref_t<decltype(value)>;
    if constexpr (std::is_same_v<T, ::toml::table>) {
      out = &doc.make(Type::table, at);
      convert_members(value, *out, doc);
    } else if constexpr (std::is_same_v<T, ::toml::array>) {
      out = &doc.make(Type::array, at);
      for (auto&& child : value) out->append(convert(child, doc));
    } else if constexpr (std::is_same_v<T, ::toml::value<std::string>>) {
      out = &doc.make(Type::string, at);
      out->text = doc.keep(value.get());
    } else if constexpr (std::is_same_v<T, ::toml::value<std::int64_t>>) {
      out = &doc.make(Type::integer, at);
      out->integer = value.get();
    } else if constexpr (std::is_same_v<T, ::toml::value<double>>) {
      out = &doc.make(Type::floating_point, at);
      out->number = value.get();
    } else if constexpr (std::is_same_v<T, ::toml::value<bool>>) {
      out = &doc.make(Type::boolean, at);
      out->boolean = value.get();
    } else if constexpr (std::is_same_v<T, ::toml::value<::toml::date>>) {
      out = &doc.make(Type::date, at);
      out->date = {value.get().year, value.get().month, value.get().day};
    } else if constexpr (std::is_same_v<T, ::toml::value<::toml::time>>) {
      out = &doc.make(Type::time, at);
      out->time = {value.get().hour, value.get().minute, value.get().second,
                   static_cast<int>(value.get().nanosecond)};
    } else {
      out = &doc.make(Type::date_time, at);
    }
  });
  return *out;
}

// Texts that toml++ 3.3 does not survive, found by the fuzzer; such a text
// must not reach it.
//  - A character beyond ASCII where toml++ would test it for being
//    whitespace: outside strings and comments, and after a backslash in a
//    multi-line basic string. For many such characters (most accented
//    letters among them) that test reaches code marked unreachable, which is
//    undefined behaviour.
//  - A table header whose key starts with neither a bare-key character nor a
//    quote ("[=a]", "[[ .x]]"): toml++ asserts that it cannot happen, which
//    aborts a build with assertions and is undefined behaviour in one
//    without. A header is a '[' first on its line outside any value, so the
//    scan counts the brackets and braces that values open.
struct Trap {
  Position at;
  const char* message;
  std::vector<std::string> hints;
};

bool starts_a_key(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '"' || c == '\'';
}

// For a '[' at `i` that opens a table header: where its key should start and
// does not, or nothing.
std::optional<std::size_t> header_without_key(std::string_view text, std::size_t i) {
  std::size_t k = i + 1;
  if (k < text.size() && text[k] == '[') ++k;
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
  if (k >= text.size() || text[k] == ']' || starts_a_key(text[k])) return std::nullopt;
  return k;
}

std::optional<Trap> tomlplusplus_trap(std::string_view text) {
  enum class In { code, comment, basic, literal, multi_basic, multi_literal } in = In::code;
  Position at{1, 1};
  bool after_backslash = false; // in a multi-line basic string, only blanks since
  bool line_start = true;       // only blanks since the line began, in code
  int depth = 0;                // brackets and braces open in a value
  const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // toml++ skips it
  for (std::size_t i = bom; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto starts = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
    if (c >= 0x80 && (c & 0xC0) != 0x80 && (in == In::code || (in == In::multi_basic && after_backslash))) {
      return Trap{at, "invalid TOML: a character beyond ASCII outside quotes",
                  {"names with accents or symbols go in quotes: \"crème fraîche\" = { ... }",
                   "check the quotes here or just before"}};
    }
    if (in == In::code && c == '[' && line_start && depth == 0) {
      if (const auto k = header_without_key(text, i)) {
        return Trap{{at.line, at.column + static_cast<int>(*k - i)},
                    "invalid TOML: a table header needs a name",
                    {"a header is a name in brackets: [profile], [[day]]"}};
      }
    }
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++at.column;
    }
    if (in == In::multi_basic && after_backslash && c != ' ' && c != '\t' && c != '\n' && c != '\r')
      after_backslash = false;
    if (in == In::code) {
      if (c == '[' && !(line_start && depth == 0)) ++depth;
      else if (c == '{') ++depth;
      else if ((c == ']' || c == '}') && depth > 0) --depth;
      if (c == '\n') line_start = true;
      else if (c != ' ' && c != '\t' && c != '\r') line_start = false;
    }
    switch (in) {
    case In::code:
      if (c == '#') in = In::comment;
      else if (starts("\"\"\"")) in = In::multi_basic, i += 2, at.column += 2;
      else if (starts("'''")) in = In::multi_literal, i += 2, at.column += 2;
      else if (c == '"') in = In::basic;
      else if (c == '\'') in = In::literal;
      break;
    case In::comment:
      if (c == '\n') in = In::code, line_start = true;
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

util::Result<Doc> parse_with_tomlplusplus(std::string_view text, const FileName& file) {
  if (auto trap = tomlplusplus_trap(text)) {
    return util::fail({location_of(trap->at, file), trap->message, std::move(trap->hints)});
  }
  ::toml::table table;
  try {
    table = ::toml::parse(text, std::string_view(file.str()));
  } catch (const ::toml::parse_error& e) {
    return util::fail(parse_error(e, file));
  }
  Doc doc;
  doc.root().at = position_of(table.source().begin);
  convert_members(table, doc.root(), doc);
  return doc;
}

util::Result<Doc> parse(std::string_view text, const FileName& file) {
  Doc doc;
  if (parse_common_toml(text, doc)) return doc;
  return parse_with_tomlplusplus(text, file);
}

} // namespace catrack::toml
