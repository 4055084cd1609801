#pragma once
// Renderers turn reports into text, JSON, NDJSON, CSV, TSV, HTML or Markdown. They stream:
// begin() once, diary() per diary, end() once, each returning the text to
// write at once.

#include "catrack/report/period.hpp"
#include "catrack/report/report.hpp"
#include "catrack/util/numbers.hpp"

#include <memory>
#include <string>

namespace catrack::cli::render {

enum class Format { text, json, ndjson, csv, tsv, html, md };

// The page formats: a report for people to read or print, not for `check`.
inline bool is_page_format(Format f) { return f == Format::html || f == Format::md; }

// The version of every JSON output's shape, its "schema" field.
inline constexpr int schema_version = 1;
enum class Command { report, check };

struct RenderOptions {
  Command command = Command::report;
  bool color = false;   // ANSI colours (text only)
  bool unicode = false; // block characters for bars (text only)
  bool detail = false;  // list each entry
  report::Interval interval = report::Interval::day; // rows per day, week or month
  std::string range;                 // "from 2026-11-01 before 2026-12-01", when -b/-e limit the days
};

class Renderer {
public:
  virtual ~Renderer() = default;
  virtual std::string begin() const { return {}; }
  // `first`: the first diary of the run. Rendering keeps no state, so
  // diaries can be rendered on any thread, in any order, and written in order.
  virtual std::string diary(const report::DiaryReport& report, bool first) const = 0;
  virtual std::string end() const { return {}; }
  // Whether output shows each entry: if not, a report can drop them day by
  // day (ReportOptions::keep_entries).
  virtual bool lists_entries() const { return true; }
};

std::unique_ptr<Renderer> make_text_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_json_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_ndjson_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_csv_renderer(char separator, const RenderOptions& options);
std::unique_ptr<Renderer> make_html_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_markdown_renderer(const RenderOptions& options);

std::unique_ptr<Renderer> make_renderer(Format format, const RenderOptions& options);

// One CSV (sep ',') or TSV (sep '\t') cell: RFC 4180 quoting for CSV, tabs
// and line breaks as spaces in TSV, and a cell a spreadsheet would run as a
// formula (= + - @ first) defused with a leading apostrophe.
std::string csv_cell(std::string_view text, char sep);

// A value in whole mg or IU as text: rounded as whole() does, "-0" never.
std::string whole_text(double x);

// The status of a day in check output and CSV: ok, info, warn or alert.
std::string day_status(const report::ReportDay& day);

inline constexpr const char* reminder =
    "An estimate for discussion with your care team, not medical advice.";

} // namespace catrack::cli::render
