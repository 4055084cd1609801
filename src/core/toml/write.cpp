#include "catrack/toml/write.hpp"

#include "catrack/util/utf8.hpp"

#include <fmt/format.h>

namespace catrack::toml {

namespace {


bool is_bare_key(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
      return false;
  return true;
}

} // namespace

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
        else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const std::size_t n = util::utf8_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD"; // U+FFFD: TOML is UTF-8 only
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out + "\"";
}

std::string number(double value) { return fmt::format("{}", value); }

std::string string_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) out += (out.size() > 1 ? ", " : "") + quoted(item);
  return out + "]";
}

std::string key(std::string_view name) { return is_bare_key(name) ? std::string(name) : quoted(name); }

} // namespace catrack::toml
