// The printable report: its sections, and the HTML and Markdown drawn from
// them (escaped, self-contained, the same bytes every time).

#include "catrack/diary/reader.hpp"
#include "catrack/report/report.hpp"
#include "cli/render/page.hpp"
#include "cli/render/render.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include "layers.hpp"
#include "support.hpp"

using namespace catrack::layers;
using namespace catrack::testing;
namespace page = catrack::cli::render::page;

namespace {

DiaryReport report_of(const std::string& text, const std::string& name = "diary.toml") {
  const DiaryRead read = read_diary(text, name);
  INFO(listed(read.errors));
  REQUIRE(read.errors.empty());
  return build_report(read.value, bundled_foods());
}

std::string rendered(Format format, const DiaryReport& report, RenderOptions options = {}) {
  const auto r = make_renderer(format, options);
  return r->begin() + r->diary(report, true) + r->end();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

} // namespace

TEST_SUITE("cli") {

TEST_CASE("the page has one section per concern, in reading order") {
  const auto p = page::diary_page(report_of(repo_file("examples/scleroderma-week.toml")), {});
  std::vector<std::string> names;
  for (const auto& s : p.sections) names.push_back(s.name);
  CHECK(names == std::vector<std::string>{"who", "summary", "calcium", "vitamin-d", "foods", "supplements", "notes",
                                          "about", "sources"});
}

TEST_CASE("each chart of the page has a table of the same rows") {
  const auto p = page::diary_page(report_of(repo_file("examples/scleroderma-week.toml")), {});
  int charts = 0;
  for (const auto& s : p.sections)
    for (const auto& b : s.blocks)
      if (const auto* c = std::get_if<page::Chart>(&b)) {
        ++charts;
        CHECK(c->numbers.rows.size() == c->data.bars.size());
        CHECK_FALSE(c->data.title.empty());
      }
  CHECK(charts == 3);
}

TEST_CASE("a clinician's target is said to be the clinician's") {
  const auto p = page::diary_page(report_of("[profile]\nage = 60\nsex = \"female\"\ntarget_mg = 1500\n\n[[day]]\n"
                                            "date = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n"),
                                  {});
  const auto& rows = std::get<page::Table>(p.sections.front().blocks.at(1)).rows;
  CHECK(rows.front() == std::vector<std::string>{"calcium target", "1500 mg a day", "set by the clinician (in the profile)"});
}

TEST_CASE("HTML: diary strings are text, the page fetches nothing, the same input gives the same bytes") {
  const DiaryReport report = report_of(repo_file("tests/data/html/hostile.toml"), "a <b>&\"</b>.toml");
  const std::string html = rendered(Format::html, report);
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(count(html, "<script") == 0);
  CHECK(count(html, "<img") == 0);
  CHECK(count(html, "<b>") == 0);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; yogurt") != std::string::npos);
  CHECK(html.find("<h2>a &lt;b&gt;&amp;&quot;&lt;/b&gt;.toml</h2>") != std::string::npos);
  CHECK(html.find("\u202E") == std::string::npos);
  CHECK(count(html, "://") == 0);      // no URL of any kind
  CHECK(count(html, "http:") + count(html, "https:") + count(html, "data:") == 0);
  CHECK(count(html, "url(") == count(html, "url(#")); // the page's own patterns only
  CHECK(count(html, "<section") == count(html, "</section>"));
  CHECK(html.ends_with("</html>\n"));
  CHECK(html.find(reminder) != std::string::npos);
  CHECK(rendered(Format::html, report) == html);
}

TEST_CASE("Markdown: the same sections, tables with as many cells as headers, escaped") {
  const DiaryReport report = report_of(repo_file("tests/data/html/hostile.toml"));
  const std::string md = rendered(Format::md, report);
  CHECK(md.find("### Who and which targets") != std::string::npos);
  CHECK(md.find("### Notes to discuss") != std::string::npos);
  CHECK(md.find("\\<script\\>alert('x')\\</script\\> yogurt") != std::string::npos);
  std::istringstream lines(md);
  std::size_t columns = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("|", 0) != 0) {
      columns = 0;
      continue;
    }
    std::size_t cells = 0;
    for (std::size_t i = 1; i < line.size(); ++i)
      if (line[i] == '|' && line[i - 1] != '\\') ++cells;
    if (columns == 0) columns = cells;
    INFO(line);
    CHECK(cells == columns);
  }
  CHECK(md.ends_with(std::string("**") + reminder + "**\n"));
}

TEST_CASE("a diary with errors gets its errors, and no numbers") {
  const DiaryRead read = read_diary("[[day]]\ndate = 2026-11-24\nfood = [\"kael 1 cup\"]\n", "bad.toml");
  const DiaryReport report = build_report(read.value, bundled_foods());
  REQUIRE_FALSE(report.ok());
  const auto p = page::diary_page(report, {});
  REQUIRE(p.sections.size() == 1u);
  CHECK(p.sections[0].name == "errors");
  CHECK(rendered(Format::html, report).find("unknown food") != std::string::npos);
}

} // TEST_SUITE
