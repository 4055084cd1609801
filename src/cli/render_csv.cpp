#include "cli/render.hpp"

#include "catrack/diary.hpp"
#include "catrack/notes.hpp"

#include <fmt/format.h>

namespace catrack::cli {

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

class CsvRenderer final : public Renderer {
public:
  explicit CsvRenderer(char separator) : sep_(separator) {}

  std::string begin() override {
    return row({"file", "date", "calcium_mg", "dietary_mg", "supplement_mg", "absorbable_mg", "target_mg", "ul_mg",
                "vitamin_d_iu", "status", "notes"});
  }

  std::string diary(const DiaryReport& report) override {
    if (!report.ok()) return row({report.file, "", "", "", "", "", "", "", "", "error", ""});
    std::string out;
    for (const auto& day : report.days) {
      const auto& d = day.result;
      std::string codes;
      for (const auto& n : day.notes) codes += (codes.empty() ? "" : ";") + n.code;
      out += row({report.file, format_date(d.date), mg(d.calcium_mg), mg(d.dietary_mg), mg(d.supplement_mg),
                  mg(d.absorbable_mg), mg(d.reference.target_mg), mg(d.reference.ul_mg), mg(d.vitamin_d_iu),
                  day_status(day), codes});
    }
    return out;
  }

private:
  static std::string mg(double x) { return fmt::format("{}", whole(x) == 0 ? 0.0 : whole(x)); }

  std::string row(std::initializer_list<std::string> cells) const {
    std::string out;
    bool first = true;
    for (const auto& c : cells) {
      if (!first) out += sep_;
      first = false;
      out += csv_cell(c, sep_);
    }
    return out + "\n";
  }

  char sep_;
};

} // namespace

std::unique_ptr<Renderer> make_csv_renderer(char separator) { return std::make_unique<CsvRenderer>(separator); }

} // namespace catrack::cli
