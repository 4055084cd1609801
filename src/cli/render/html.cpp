// --format html: one self-contained page (inline CSS and SVG, no script, no
// URL of any kind), for the care team, to read on screen or print.

#include "cli/render/render.hpp"

#include "cli/render/chart.hpp"
#include "cli/render/escape.hpp"
#include "cli/render/html_style.hpp"
#include "cli/render/page.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::cli::render {

namespace {

using page::Block;

std::string cell(const std::string& tag, const std::string& text, bool numeric, const char* scope = nullptr) {
  return fmt::format("<{}{}{}>{}</{}>", tag, scope ? fmt::format(R"( scope="{}")", scope) : "",
                     numeric ? R"( class="num")" : "", html_escape(text), tag);
}

// A table whose header is all empty is a list of names and values: its first
// column heads each row.
std::string table(const page::Table& t) {
  const bool headed = std::any_of(t.header.begin(), t.header.end(), [](const std::string& h) { return !h.empty(); });
  std::string out = "<table>";
  if (!t.caption.empty()) out += "<caption>" + html_escape(t.caption) + "</caption>";
  if (headed) {
    out += "<thead><tr>";
    for (std::size_t i = 0; i < t.header.size(); ++i) out += cell("th", t.header[i], t.numeric[i], "col");
    out += "</tr></thead>";
  }
  out += "<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i)
      out += !headed && i == 0 ? cell("th", row[i], false, "row") : cell("td", row[i], t.numeric[i]);
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string notes(const page::Notes& list) {
  std::string out = "<ul class=\"notes\">\n";
  for (const auto& n : list.notes) {
    const std::string severity(rules::severity_name(n.severity));
    out += fmt::format("<li class=\"note {}\"><p><span class=\"severity\">{}</span> <code>{}</code> <span "
                       "class=\"muted\">{}</span></p>\n<p>{}</p>\n<p class=\"source\">Source: {}</p></li>\n",
                       severity, severity, html_escape(n.code), html_escape(n.days), html_escape(n.message),
                       html_escape(n.source));
  }
  return out + "</ul>\n";
}

std::string block(const Block& b) {
  if (const auto* p = std::get_if<page::Paragraph>(&b)) return "<p>" + html_escape(p->text) + "</p>\n";
  if (const auto* t = std::get_if<page::Table>(&b)) return table(*t);
  if (const auto* n = std::get_if<page::Notes>(&b)) return notes(*n);
  const auto& c = std::get<page::Chart>(b);
  return "<figure>\n" + chart::svg(c.data, c.frame) + "\n<figcaption>" + html_escape(c.caption) +
         "</figcaption>\n<details><summary>The numbers of this chart</summary>\n" + table(c.numbers) +
         "</details>\n</figure>\n";
}

class HtmlRenderer final : public Renderer {
public:
  explicit HtmlRenderer(const RenderOptions& options) : options_(options) {}

  // Content-Security-Policy: even a browser that would follow a URL finds
  // none allowed.
  std::string begin() const override {
    return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\">\n"
                       "<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n{}\n"
                       "<header>\n<h1>{}</h1>\n<p class=\"reminder\">{}</p>\n</header>\n<main>\n",
                       page::title, html_style(), chart::defs(), page::title, reminder);
  }

  std::string diary(const report::DiaryReport& report, bool /*first*/) const override {
    const page::DiaryPage p = page::diary_page(report, options_);
    std::string out = "<section class=\"diary\">\n<h2>" + html_escape(p.file) + "</h2>\n";
    for (const auto& s : p.sections) {
      out += fmt::format("<section class=\"{}\">\n<h3>{}</h3>\n", s.name, html_escape(s.heading));
      for (const auto& b : s.blocks) out += block(b);
      out += "</section>\n";
    }
    return out + "</section>\n";
  }

  std::string end() const override {
    return fmt::format("</main>\n<footer>\n<p class=\"reminder\">{}</p>\n<p class=\"muted\">Made by catrack, which "
                       "does not advise starting, stopping or changing any supplement or medicine: each note is "
                       "something to discuss with the care team.</p>\n</footer>\n</body>\n</html>\n",
                       reminder);
  }

private:
  RenderOptions options_;
};

} // namespace

std::unique_ptr<Renderer> make_html_renderer(const RenderOptions& options) {
  return std::make_unique<HtmlRenderer>(options);
}

} // namespace catrack::cli::render
