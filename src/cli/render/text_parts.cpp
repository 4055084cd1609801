#include "cli/render/text_parts.hpp"

#include "catrack/util/date.hpp"
#include "catrack/util/numbers.hpp"

#include <fmt/format.h>
#include <utility>
#include <vector>

namespace catrack::cli::render {

using report::Interval;
using rules::Severity;

std::string period_label(const report::Period& p) {
  const std::string begin = util::format_date(p.begin);
  return p.interval == Interval::month ? begin.substr(0, 7) : begin;
}

std::string wrap(const std::string& text, std::size_t first_column, std::size_t indent) {
  std::string out;
  std::size_t column = first_column;
  std::size_t pos = 0;
  bool line_start = true;
  while (pos < text.size()) {
    auto end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (!line_start && column + 1 + word.size() > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      line_start = true;
    }
    if (!line_start) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    line_start = false;
  }
  return out;
}

std::string profile_words(const diary::Profile& p) {
  if (!p.present) return "no profile";
  std::vector<std::string> parts;
  if (p.sex) parts.push_back(*p.sex == diary::Sex::female ? "female" : "male");
  if (p.age) parts.push_back(fmt::format("{} y", *p.age));
  if (p.birth_date) parts.push_back("born " + util::format_date(*p.birth_date));
  if (p.life_stage == diary::LifeStage::pregnant) parts.push_back("pregnant");
  if (p.life_stage == diary::LifeStage::lactating) parts.push_back("lactating");
  if (p.glucocorticoids.taking) {
    std::string gc = "glucocorticoids";
    if (p.glucocorticoids.mg_per_day)
      gc += fmt::format(" ({}{} mg/day)", p.glucocorticoids.drug.empty() ? "" : p.glucocorticoids.drug + " ",
                        util::format_number(*p.glucocorticoids.mg_per_day));
    parts.push_back(gc);
  }
  for (auto [flag, name] : {std::pair{p.scleroderma, "scleroderma"}, std::pair{p.calcinosis, "calcinosis"},
                            std::pair{p.kidney_disease, "kidney disease"}, std::pair{p.kidney_stones, "kidney stones"},
                            std::pair{p.malabsorption, "malabsorption"}, std::pair{p.ppi, "PPI"},
                            std::pair{p.dysphagia, "dysphagia"}})
    if (flag) parts.push_back(name);
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out.empty() ? "profile without age or sex" : out;
}

const char* severity_color(Severity s) {
  switch (s) {
  case Severity::info: return "36";
  case Severity::warn: return "33";
  case Severity::alert: return "1;31";
  }
  return "0";
}

} // namespace catrack::cli::render
