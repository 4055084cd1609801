// --format md: the HTML report's sections as GitHub-flavoured Markdown, for
// pasting into a message or a notes system. Charts become their tables.

#include "cli/render/render.hpp"

#include "cli/render/escape.hpp"
#include "cli/render/page.hpp"

#include <fmt/format.h>

namespace catrack::cli::render {

namespace {

using page::Block;

std::string row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += " " + markdown_escape(c) + " |";
  return out + "\n";
}

std::string table(const page::Table& t) {
  std::string out;
  if (!t.caption.empty()) out += "*" + markdown_escape(t.caption) + "*\n\n";
  out += row(t.header) + "|";
  for (const bool numeric : t.numeric) out += numeric ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& r : t.rows) out += row(r);
  return out + "\n";
}

std::string notes(const page::Notes& list) {
  std::string out;
  for (const auto& n : list.notes)
    out += fmt::format("- **{}** `{}` ({}): {} *Source: {}*\n", rules::severity_name(n.severity), n.code,
                       markdown_escape(n.days), markdown_escape(n.message), markdown_escape(n.source));
  return out + "\n";
}

std::string block(const Block& b) {
  if (const auto* p = std::get_if<page::Paragraph>(&b)) return markdown_escape(p->text) + "\n\n";
  if (const auto* t = std::get_if<page::Table>(&b)) return table(*t);
  if (const auto* n = std::get_if<page::Notes>(&b)) return notes(*n);
  const auto& c = std::get<page::Chart>(b);
  return markdown_escape(c.caption) + "\n\n" + table(c.numbers);
}

class MarkdownRenderer final : public Renderer {
public:
  explicit MarkdownRenderer(const RenderOptions& options) : options_(options) {}

  std::string begin() const override { return fmt::format("# {}\n\n**{}**\n\n", page::title, reminder); }

  std::string diary(const report::DiaryReport& report, bool /*first*/) const override {
    const page::DiaryPage p = page::diary_page(report, options_);
    std::string out = "## " + markdown_escape(p.file) + "\n\n";
    for (const auto& s : p.sections) {
      out += "### " + markdown_escape(s.heading) + "\n\n";
      for (const auto& b : s.blocks) out += block(b);
    }
    return out;
  }

  std::string end() const override { return fmt::format("---\n\n**{}**\n", reminder); }

private:
  RenderOptions options_;
};

} // namespace

std::unique_ptr<Renderer> make_markdown_renderer(const RenderOptions& options) {
  return std::make_unique<MarkdownRenderer>(options);
}

} // namespace catrack::cli::render
