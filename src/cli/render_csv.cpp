#include "cli/render.hpp"

#include "catrack/diary.hpp"
#include "catrack/notes.hpp"

#include <charconv>
#include <fmt/format.h>

namespace catrack::cli {

std::string whole_text(double x) {
  // std::to_chars, not a format string: this runs for every number of every row.
  const double rounded = whole(x) == 0 ? 0.0 : whole(x);
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, rounded).ptr;
  return std::string(buffer, end);
}

std::string csv_cell(std::string_view raw, char sep) {
  std::string text(raw);
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
    text.insert(0, 1, '\'');
  if (sep == '\t') {
    for (char& c : text)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return text;
  }
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

namespace {

std::string mg(double x) { return whole_text(x); }

std::string row(std::initializer_list<std::string> cells, char sep) {
  std::string out;
  bool first = true;
  for (const auto& c : cells) {
    if (!first) out += sep;
    first = false;
    out += csv_cell(c, sep);
  }
  return out + "\n";
}

class CsvRenderer final : public Renderer {
public:
  explicit CsvRenderer(char separator) : sep_(separator) {}

  std::string begin() const override {
    return row({"file", "date", "calcium_mg", "dietary_mg", "supplement_mg", "absorbable_mg", "target_mg", "ul_mg",
                "vitamin_d_iu", "status", "notes"});
  }

  std::string diary(const DiaryReport& report, bool /*first*/) const override {
    if (!report.ok()) return row({report.file, "", "", "", "", "", "", "", "", "error", ""});
    std::string out;
    for (const auto& day : report.days) {
      const auto& d = day.result;
      std::string codes;
      for (const auto& n : day.notes) codes += (codes.empty() ? "" : ";") + n.code;
      // A day known only by its total has no split: empty cells, never 0.
      const auto split = [&](double x) { return d.split_known ? mg(x) : std::string(); };
      out += row({report.file, format_date(d.date), mg(d.calcium_mg), split(d.dietary_mg), split(d.supplement_mg),
                  split(d.absorbable_mg), mg(d.reference.target_mg), mg(d.reference.ul_mg),
                  d.vitamin_d_known ? mg(d.vitamin_d_iu) : std::string(), day_status(day), codes});
    }
    return out;
  }

private:
  std::string row(std::initializer_list<std::string> cells) const { return cli::row(cells, sep_); }

  char sep_;
};

// --weekly / --monthly: one row per diary-period, its means and counts.
class CsvPeriodRenderer final : public Renderer {
public:
  CsvPeriodRenderer(char separator, Interval interval) : sep_(separator), interval_(interval) {}

  std::string begin() const override {
    return row({"file", "period", "begin", "end", "days", "mean_calcium_mg", "mean_dietary_mg", "mean_supplement_mg",
                "mean_absorbable_mg", "mean_vitamin_d_iu", "target_mg", "days_below_target", "days_below_floor",
                "days_above_ul", "longest_run_below_target", "status", "notes"},
               sep_);
  }

  std::string diary(const DiaryReport& report, bool /*first*/) const override {
    if (!report.ok())
      return row({report.file, interval_name(interval_), "", "", "", "", "", "", "", "", "", "", "", "", "", "error", ""},
                 sep_);
    std::string out;
    for (const auto& p : group_days(report.days, interval_)) {
      const Summary& s = p.summary;
      const auto split = [&](double x) { return s.days_with_split > 0 ? mg(x) : std::string(); };
      std::string notes;
      for (const auto& [code, days] : p.note_days) notes += fmt::format("{}{}:{}", notes.empty() ? "" : ";", code, days);
      out += row({report.file, interval_name(interval_), format_date(p.begin), format_date(p.end),
                  std::to_string(s.days), mg(s.mean_calcium_mg), split(s.mean_dietary_mg), split(s.mean_supplement_mg),
                  split(s.mean_absorbable_mg), s.days_with_vitamin_d > 0 ? mg(s.mean_vitamin_d_iu) : std::string(),
                  mg(p.mean_target_mg), std::to_string(s.days_below_target), std::to_string(s.days_below_floor),
                  std::to_string(s.days_above_ul), std::to_string(s.longest_run_below_target),
                  p.status(), notes},
                 sep_);
    }
    return out;
  }

private:
  char sep_;
  Interval interval_;
};

} // namespace

std::unique_ptr<Renderer> make_csv_renderer(char separator, const RenderOptions& options) {
  if (options.interval != Interval::day) return std::make_unique<CsvPeriodRenderer>(separator, options.interval);
  return std::make_unique<CsvRenderer>(separator);
}

} // namespace catrack::cli
