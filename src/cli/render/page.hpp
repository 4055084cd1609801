#pragma once
// The printable report for the care team (--format html and md) as
// sections of plain parts: paragraphs, tables, charts with their tables, and
// notes. The HTML and Markdown renderers only draw these, so both formats say
// the same. Every string here is as written: the renderers escape it.
//
// One section per concern (who, summary, the charts, foods, supplements,
// notes, ...): a new concern, such as magnesium or a food-first plan, is one
// more section function in page.cpp.

#include "catrack/report/report.hpp"
#include "catrack/rules/rules.hpp"
#include "cli/render/chart.hpp"
#include "cli/render/render.hpp"

#include <string>
#include <variant>
#include <vector>

namespace catrack::cli::render::page {

struct Paragraph {
  std::string text;
};

struct Table {
  std::string caption;
  std::vector<std::string> header;
  std::vector<bool> numeric; // per column: numbers, aligned right
  std::vector<std::vector<std::string>> rows;
};

// A chart and the same numbers as a table (its text alternative).
struct Chart {
  chart::Data data;
  std::string caption; // how to read it
  Table numbers;
  chart::Frame frame = {};
};

struct Note {
  rules::Severity severity = rules::Severity::info;
  std::string code;
  std::string days;    // "on 3 of 7 days: 2026-11-16 to 2026-11-18"
  std::string message;
  std::string source;
};

struct Notes {
  std::vector<Note> notes;
};

using Block = std::variant<Paragraph, Table, Chart, Notes>;

struct Section {
  std::string name;    // stable, for styles and anchors: "summary"
  std::string heading;
  std::vector<Block> blocks;
};

struct DiaryPage {
  std::string file;
  std::vector<Section> sections;
};

DiaryPage diary_page(const report::DiaryReport& report, const RenderOptions& options);

inline constexpr const char* title = "Calcium report for the care team";

} // namespace catrack::cli::render::page
