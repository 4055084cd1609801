#include "toml/fast_parser.hpp"

#include "catrack/util/utf8.hpp"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace catrack::toml {

namespace {

// Thrown at the first thing outside the common subset; caught below.
struct GiveUp {};

[[noreturn]] void give_up() { throw GiveUp{}; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_bare_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '-';
}

// Ends a number, date or time: what may follow a value.
bool ends_value(char c) {
  return c == ' ' || c == '\t' || c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r';
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

// Deeper nesting than a diary ever has goes to toml++.
constexpr int max_depth = 32;

class Parser {
public:
  Parser(std::string_view text, Doc& doc) : s_(text), doc_(doc) {}

  void document() {
    if (s_.size() >= 3 && s_.substr(0, 3) == "\xEF\xBB\xBF") give_up();
    Node* table = &doc_.root();
    while (true) {
      skip_blanks();
      if (i_ == s_.size()) break;
      const char c = s_[i_];
      if (c == '#' || c == '\n' || c == '\r') {
        end_of_line();
      } else if (c == '[') {
        table = header();
        end_of_line();
      } else {
        key_value(*table, 0);
        end_of_line();
      }
    }
  }

private:
  std::string_view s_;
  Doc& doc_;
  std::size_t i_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  // Columns count code points: counted from the last position asked for on
  // this line, so that a long line is not recounted for every value.
  std::size_t counted_to_ = 0;
  int counted_column_ = 1;

  char peek(std::size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }
  bool at_end() const { return i_ >= s_.size(); }

  Position position() {
    if (counted_to_ < line_start_ || counted_to_ > i_) {
      counted_to_ = line_start_;
      counted_column_ = 1;
    }
    for (; counted_to_ < i_; ++counted_to_)
      if ((static_cast<unsigned char>(s_[counted_to_]) & 0xC0) != 0x80) ++counted_column_;
    return {line_, counted_column_};
  }

  void skip_blanks() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }

  void newline() {
    if (peek() == '\r') {
      if (peek(1) != '\n') give_up();
      ++i_;
    }
    ++i_; // the '\n'
    ++line_;
    line_start_ = i_;
  }

  // Steps over the UTF-8 sequence at i_ (a byte >= 0x80); invalid UTF-8 is
  // toml++'s to report.
  void utf8_sequence() {
    const std::size_t length = util::utf8_length(s_, i_);
    if (length == 0) give_up();
    i_ += length;
  }

  // After a key/value or a header: blanks, an optional comment, then the
  // end of the line or of the file.
  void end_of_line() {
    skip_blanks();
    if (peek() == '#') comment();
    if (at_end()) return;
    if (peek() != '\n' && peek() != '\r') give_up();
    newline();
  }

  void comment() {
    ++i_; // '#'
    while (!at_end() && s_[i_] != '\n' && s_[i_] != '\r') {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c >= 0x80) utf8_sequence();
      else if ((c < 0x20 && c != '\t') || c == 0x7F) give_up();
      else ++i_;
    }
  }

  // Blanks, newlines and comments, as allowed between an array's elements.
  void skip_blank_lines() {
    while (true) {
      skip_blanks();
      if (peek() == '#') comment();
      if (at_end() || (peek() != '\n' && peek() != '\r')) return;
      newline();
    }
  }

  // A bare key or a quoted one without escapes; dotted keys give up.
  std::string_view key(Position& at) {
    at = position();
    std::string_view k;
    const char c = peek();
    if (c == '"' || c == '\'') {
      const Node& quoted = string_value();
      if (quoted.text.empty()) give_up(); // valid, but rare enough to leave to toml++
      k = quoted.text;
    } else {
      const std::size_t begin = i_;
      while (!at_end() && is_bare_key_char(s_[i_])) ++i_;
      if (i_ == begin) give_up();
      k = s_.substr(begin, i_ - begin);
    }
    skip_blanks();
    if (peek() == '.') give_up();
    return k;
  }

  Node* header() {
    const Position at = position();
    ++i_;
    const bool array_of_tables = peek() == '[';
    if (array_of_tables) ++i_;
    skip_blanks();
    Position key_at;
    const std::string_view name = key(key_at);
    expect(']');
    if (array_of_tables) expect(']');
    Node& root = doc_.root();
    Node* existing = const_cast<Node*>(root.get(name));
    if (!array_of_tables) {
      if (existing) give_up(); // a table defined twice, or a key and a table: toml++ says which
      Node& table = doc_.make(Type::table, at);
      add_member(root, table, name, key_at);
      return &table;
    }
    if (existing && !existing->from_headers) give_up();
    if (!existing) {
      existing = &doc_.make(Type::array, at);
      existing->from_headers = true;
      add_member(root, *existing, name, key_at);
    }
    Node& table = doc_.make(Type::table, at);
    existing->append(table);
    return &table;
  }

  void add_member(Node& table, Node& value, std::string_view name, Position key_at) {
    if (table.get(name)) give_up(); // a key given twice
    value.key = name;
    value.key_at = key_at;
    table.append(value);
  }

  void key_value(Node& table, int depth) {
    Position key_at;
    const std::string_view name = key(key_at);
    expect('=');
    skip_blanks();
    Node& v = value(depth);
    add_member(table, v, name, key_at);
  }

  Node& value(int depth) {
    if (depth > max_depth) give_up();
    switch (peek()) {
    case '"':
    case '\'': return string_value();
    case '[': return array(depth);
    case '{': return inline_table(depth);
    case 't': return boolean("true", true);
    case 'f': return boolean("false", false);
    default: return number_date_or_time();
    }
  }

  Node& boolean(std::string_view word, bool v) {
    Node& node = doc_.make(Type::boolean, position());
    if (s_.substr(i_, word.size()) != word) give_up();
    i_ += word.size();
    if (!at_end() && !ends_value(peek())) give_up();
    node.boolean = v;
    return node;
  }

  Node& array(int depth) {
    Node& node = doc_.make(Type::array, position());
    ++i_; // '['
    while (true) {
      skip_blank_lines();
      if (peek() == ']') break;
      node.append(value(depth + 1));
      skip_blank_lines();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      if (peek() != ']') give_up();
      break;
    }
    ++i_; // ']'
    return node;
  }

  Node& inline_table(int depth) {
    Node& node = doc_.make(Type::table, position());
    ++i_; // '{'
    skip_blanks();
    if (peek() == '}') {
      ++i_;
      return node;
    }
    while (true) {
      skip_blanks();
      key_value(node, depth + 1);
      skip_blanks();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      if (peek() != '}') give_up(); // a newline, a missing comma, ...
      ++i_;
      return node;
    }
  }

  // One "\" escape of a basic string, appended to `out` as UTF-8.
  void escape(std::string& out) {
    ++i_; // '\'
    const char c = peek();
    ++i_;
    switch (c) {
    case 'b': out += '\b'; return;
    case 't': out += '\t'; return;
    case 'n': out += '\n'; return;
    case 'f': out += '\f'; return;
    case 'r': out += '\r'; return;
    case '"': out += '"'; return;
    case '\\': out += '\\'; return;
    case 'u': return unicode_escape(4, out);
    case 'U': return unicode_escape(8, out);
    default: give_up();
    }
  }

  void unicode_escape(int digits, std::string& out) {
    std::uint32_t cp = 0;
    for (int k = 0; k < digits; ++k) {
      const char h = peek();
      int v = 0;
      if (is_digit(h)) v = h - '0';
      else if (h >= 'a' && h <= 'f') v = h - 'a' + 10;
      else if (h >= 'A' && h <= 'F') v = h - 'A' + 10;
      else give_up();
      cp = cp * 16 + static_cast<std::uint32_t>(v);
      ++i_;
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) give_up();
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // "basic" or 'literal', on one line. The value points into the text unless
  // it had escapes.
  Node& string_value() {
    Node& node = doc_.make(Type::string, position());
    const char quote = peek();
    if (peek(1) == quote && peek(2) == quote) give_up(); // multi-line
    ++i_;
    const std::size_t begin = i_;
    std::string decoded;
    bool escaped = false;
    while (true) {
      // Most of a diary's bytes are plain ASCII text inside quotes.
      const std::size_t plain_from = i_;
      while (i_ < s_.size()) {
        const auto c = static_cast<unsigned char>(s_[i_]);
        if (c == static_cast<unsigned char>(quote) || c == '\\' || c < 0x20 || c >= 0x7F) break;
        ++i_;
      }
      if (escaped) decoded.append(s_.substr(plain_from, i_ - plain_from));
      if (at_end()) give_up();
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == static_cast<unsigned char>(quote)) break;
      if (c == '\\' && quote == '"') {
        if (!escaped) decoded.assign(s_.substr(begin, i_ - begin));
        escaped = true;
        escape(decoded);
        continue;
      }
      const std::size_t from = i_;
      if (c >= 0x80) utf8_sequence();
      else if (c == '\\' || c == '\t') ++i_; // a literal string's backslash; a tab
      else give_up();                        // a control character
      if (escaped) decoded.append(s_.substr(from, i_ - from));
    }
    node.text = escaped ? doc_.keep(std::move(decoded)) : s_.substr(begin, i_ - begin);
    ++i_; // the closing quote
    return node;
  }

  // Digits with single underscores between them, appended to `out`.
  void digits(std::string& out) {
    if (!is_digit(peek())) give_up();
    while (true) {
      out += s_[i_++];
      if (peek() == '_' && is_digit(peek(1))) ++i_;
      else if (!is_digit(peek())) return;
    }
  }

  void expect(char c) {
    if (peek() != c) give_up();
    ++i_;
  }

  // "2026-11-24", "07:30:00": numbers of so many digits between separators.
  void fixed_fields(char separator, std::initializer_list<std::pair<int*, int>> fields) {
    bool first = true;
    for (auto [value, width] : fields) {
      if (!first) expect(separator);
      first = false;
      *value = 0;
      for (int k = 0; k < width; ++k) {
        if (!is_digit(peek())) give_up();
        *value = *value * 10 + (s_[i_++] - '0');
      }
    }
  }

  Node& number_date_or_time() {
    const Position at = position();
    // A date is four digits and '-', a time two digits and ':'.
    if (is_digit(peek()) && is_digit(peek(1)) && is_digit(peek(2)) && is_digit(peek(3)) && peek(4) == '-')
      return date(at);
    if (is_digit(peek()) && is_digit(peek(1)) && peek(2) == ':') return time(at);
    std::string text;
    if (peek() == '+' || peek() == '-') text += s_[i_++];
    if (!is_digit(peek())) give_up(); // inf, nan, or not a value
    if (peek() == '0' && (is_digit(peek(1)) || peek(1) == '_' || peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b'))
      give_up(); // leading zeros, or hexadecimal, octal, binary
    digits(text);
    bool is_float = false;
    if (peek() == '.') {
      text += s_[i_++];
      digits(text);
      is_float = true;
    }
    if (peek() == 'e' || peek() == 'E') {
      text += s_[i_++];
      if (peek() == '+' || peek() == '-') text += s_[i_++];
      digits(text);
      is_float = true;
    }
    if (!at_end() && !ends_value(peek())) give_up();
    const char* first = text.data() + (text[0] == '+' ? 1 : 0);
    const char* last = text.data() + text.size();
    if (is_float) {
      Node& node = doc_.make(Type::floating_point, at);
      auto [end, ec] = std::from_chars(first, last, node.number);
      if (ec != std::errc() || end != last || !std::isfinite(node.number)) give_up();
      return node;
    }
    Node& node = doc_.make(Type::integer, at);
    auto [end, ec] = std::from_chars(first, last, node.integer);
    if (ec != std::errc() || end != last) give_up(); // out of range
    return node;
  }

  Node& date(Position at) {
    Node& node = doc_.make(Type::date, at);
    node.date = LocalDate{};
    LocalDate& d = node.date;
    fixed_fields('-', {{&d.year, 4}, {&d.month, 2}, {&d.day, 2}});
    // A date-time ("2026-11-24T08:00" or with a space) goes to toml++.
    if (peek() == 'T' || peek() == 't' || (peek() == ' ' && is_digit(peek(1)))) give_up();
    if (!at_end() && !ends_value(peek())) give_up();
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) give_up();
    return node;
  }

  Node& time(Position at) {
    Node& node = doc_.make(Type::time, at);
    node.time = LocalTime{};
    LocalTime& t = node.time;
    fixed_fields(':', {{&t.hour, 2}, {&t.minute, 2}, {&t.second, 2}}); // seconds are required in TOML 1.0
    if (!at_end() && !ends_value(peek())) give_up(); // fractions of a second
    if (t.hour > 23 || t.minute > 59 || t.second > 59) give_up();
    return node;
  }
};

} // namespace

bool parse_common_toml(std::string_view text, Doc& doc) {
  try {
    Parser(text, doc).document();
    return true;
  } catch (const GiveUp&) {
    return false;
  }
}

} // namespace catrack::toml
