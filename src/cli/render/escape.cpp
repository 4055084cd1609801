// Hand-written rather than a library: the three small rules below are the
// whole of it, and the formats' own escapes (not a sanitiser's policy) are
// what the tests pin down.

#include "cli/render/escape.hpp"

#include "catrack/util/utf8.hpp"

#include <fmt/format.h>

namespace catrack::cli::render {

namespace {

// Code points that change how the text around them is shown: bidi embedding,
// override and isolate controls, the marks, and the C1 controls.
bool reorders_or_hides(char32_t c) {
  return (c >= 0x80 && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069);
}

char32_t decode(std::string_view s) {
  const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
  if (s.size() == 2) return (b(0) & 0x1f) << 6 | (b(1) & 0x3f);
  if (s.size() == 3) return (b(0) & 0x0f) << 12 | (b(1) & 0x3f) << 6 | (b(2) & 0x3f);
  return (b(0) & 0x07) << 18 | (b(1) & 0x3f) << 12 | (b(2) & 0x3f) << 6 | (b(3) & 0x3f);
}

// Calls `plain(byte)` for an ASCII character to be written, and appends the
// visible stand-in of anything that must not be written as it is.
template <class Plain>
std::string visible(std::string_view text, Plain plain) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
      ++i;
    } else if (u < 0x80) {
      plain(out, text[i]);
      ++i;
    } else if (const std::size_t n = util::utf8_length(text, i); n == 0) {
      out += "\uFFFD";
      ++i;
    } else {
      const std::string_view sequence = text.substr(i, n);
      if (const char32_t c = decode(sequence); reorders_or_hides(c)) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
      else out += sequence;
      i += n;
    }
  }
  return out;
}

void html_char(std::string& out, char c) {
  switch (c) {
  case '&': out += "&amp;"; break;
  case '<': out += "&lt;"; break;
  case '>': out += "&gt;"; break;
  case '"': out += "&quot;"; break;
  case '\'': out += "&#39;"; break;
  default: out += c;
  }
}

} // namespace

std::string html_escape(std::string_view text) { return visible(text, html_char); }

std::string markdown_escape(std::string_view text) {
  // The \x and \u stand-ins keep their backslash: it is followed by a
  // letter, which CommonMark leaves as it is.
  return visible(text, [](std::string& out, char c) {
    static constexpr std::string_view markup = "\\`*_[]<>&|~#!";
    if (markup.find(c) != std::string_view::npos) out += '\\';
    out += c;
  });
}

} // namespace catrack::cli::render
