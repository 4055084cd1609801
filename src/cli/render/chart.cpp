#include "cli/render/chart.hpp"

#include "cli/render/escape.hpp"
#include "cli/render/palette.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace catrack::cli::render::chart {

namespace {

// Labels under the axis are at most 10 characters of 11-unit text.
constexpr double label_room = 72;
constexpr double bar_share = 0.72; // of its slot; the rest is the gap
constexpr double widest_bar = 48; // a chart of few bars still reads as bars
constexpr double line_label_height = 12;

// SVG numbers: one decimal is finer than a printed page shows.
std::string n(double x) {
  std::string s = fmt::format("{:.1f}", x);
  if (s.ends_with(".0")) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

std::string fill_of(Fill fill) {
  switch (fill) {
  case Fill::food: return palette::food;
  case Fill::supplement: return "url(#catrack-hatch)";
  case Fill::total_only: return "url(#catrack-cross)";
  }
  return palette::food;
}

const char* fill_name(Fill fill) {
  switch (fill) {
  case Fill::food: return "food";
  case Fill::supplement: return "supplements";
  case Fill::total_only: return "total, split unknown";
  }
  return "";
}

std::string stroke_of(Stroke stroke) {
  switch (stroke) {
  case Stroke::target: return fmt::format(R"(stroke="{}" stroke-width="2")", palette::ink);
  case Stroke::floor: return fmt::format(R"(stroke="{}" stroke-width="1.5" stroke-dasharray="7 4")", palette::muted);
  case Stroke::limit: return fmt::format(R"(stroke="{}" stroke-width="2" stroke-dasharray="2 3")", palette::limit);
  }
  return {};
}

double largest_value(const Data& data) {
  double largest = 0;
  for (const auto& bar : data.bars) {
    double total = 0;
    for (const auto& s : bar.segments) total += s.value;
    largest = std::max(largest, total);
  }
  for (const auto& line : data.lines)
    for (const auto& v : line.values)
      if (v) largest = std::max(largest, *v);
  return largest;
}

std::vector<Run> runs_of(const Line& line, const Frame& frame, double slot, const Layout& layout) {
  std::vector<Run> runs;
  std::optional<std::size_t> previous; // the bar the last run reached
  for (std::size_t i = 0; i < line.values.size(); ++i) {
    if (!line.values[i]) continue;
    const double v = *line.values[i];
    const double x1 = frame.plot_left() + static_cast<double>(i) * slot;
    if (!runs.empty() && previous == i - 1 && runs.back().value == v) runs.back().x2 = x1 + slot;
    else runs.push_back({x1, x1 + slot, layout.y(v), v});
    previous = i;
  }
  return runs;
}

std::string axes(const Layout& layout, const Frame& frame) {
  std::string out;
  for (double v = 0; v <= layout.axis.max + layout.axis.step / 2; v += layout.axis.step) {
    const double y = layout.y(v);
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="0.5"/>)", n(frame.plot_left()),
                       n(y), n(frame.plot_right()), n(y), palette::rule);
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text>)", n(frame.plot_left() - 6), n(y + 4),
                       n(v));
  }
  out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>)", n(frame.plot_left()),
                     n(frame.plot_bottom()), n(frame.plot_right()), n(frame.plot_bottom()), palette::muted);
  return out + "\n";
}

std::string legend(const Data& data, const Frame& frame) {
  std::string out = fmt::format(R"(<text x="4" y="14" font-weight="bold">{}</text>)", html_escape(data.y_title));
  double x = frame.plot_left() + 200;
  for (const Fill fill : data.legend) {
    out += fmt::format(R"(<rect x="{}" y="4" width="14" height="12" fill="{}" stroke="{}"/>)", n(x), fill_of(fill),
                       palette::muted);
    out += fmt::format(R"(<text x="{}" y="14">{}</text>)", n(x + 19), fill_name(fill));
    x += 140;
  }
  return out + "\n";
}

// Each line's label at the right of its last run, moved apart when two
// values are too close to read.
std::string line_labels(const Data& data, const Layout& layout, const Frame& frame) {
  struct Label {
    double y;
    std::string text;
  };
  std::vector<Label> labels;
  for (std::size_t i = 0; i < data.lines.size(); ++i) {
    if (layout.lines[i].empty()) continue;
    const Run& last = layout.lines[i].back();
    labels.push_back({last.y + 4, fmt::format("{} {} {}", data.lines[i].name, n(last.value), data.unit)});
  }
  std::sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.y < b.y; });
  for (std::size_t i = 1; i < labels.size(); ++i)
    labels[i].y = std::max(labels[i].y, labels[i - 1].y + line_label_height);
  std::string out;
  for (const auto& l : labels)
    out += fmt::format(R"(<text x="{}" y="{}">{}</text>)", n(frame.plot_right() + 6), n(l.y), html_escape(l.text));
  return out + "\n";
}

} // namespace

Axis nice_axis(double largest) {
  if (!(largest > 0)) return {100, 20};
  const double magnitude = std::pow(10.0, std::floor(std::log10(largest)));
  for (const double scale : {0.1, 1.0, 10.0})
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
      const double step = m * magnitude * scale;
      if (std::ceil(largest / step) <= 6) return {std::ceil(largest / step) * step, step};
    }
  return {std::ceil(largest / (10 * magnitude)) * 10 * magnitude, 10 * magnitude};
}

double Layout::y(double value) const { return plot_bottom - value / axis.max * (plot_bottom - plot_top); }

Layout lay_out(const Data& data, const Frame& frame) {
  Layout layout;
  layout.axis = nice_axis(largest_value(data));
  layout.plot_top = frame.plot_top();
  layout.plot_bottom = frame.plot_bottom();
  const double plot_width = frame.plot_right() - frame.plot_left();
  const std::size_t count = std::max<std::size_t>(data.bars.size(), 1);
  const double slot = plot_width / static_cast<double>(count);
  const double width = std::min(slot * bar_share, widest_bar);
  for (std::size_t i = 0; i < data.bars.size(); ++i) {
    const double x = frame.plot_left() + static_cast<double>(i) * slot + (slot - width) / 2;
    std::vector<Rect> rects;
    double base = 0;
    for (const auto& s : data.bars[i].segments) {
      if (s.value <= 0) continue;
      rects.push_back({x, layout.y(base + s.value), width, layout.y(base) - layout.y(base + s.value), s.fill});
      base += s.value;
    }
    layout.bars.push_back(std::move(rects));
  }
  for (const auto& line : data.lines) layout.lines.push_back(runs_of(line, frame, slot, layout));
  const auto fit = std::max<std::size_t>(1, static_cast<std::size_t>(plot_width / label_room));
  const std::size_t every = (data.bars.size() + fit - 1) / fit;
  for (std::size_t i = 0; i < data.bars.size(); i += std::max<std::size_t>(every, 1)) layout.labelled.push_back(i);
  return layout;
}

std::string svg(const Data& data, const Frame& frame) {
  const Layout layout = lay_out(data, frame);
  std::string out = fmt::format(R"(<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}">)",
                                n(frame.width), n(frame.height), html_escape(data.title));
  out += "<title>" + html_escape(data.title) + "</title>\n";
  out += legend(data, frame) + axes(layout, frame);
  for (std::size_t i = 0; i < data.bars.size(); ++i) {
    out += "<g><title>" + html_escape(data.bars[i].title) + "</title>";
    for (const Rect& r : layout.bars[i])
      out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)", n(r.x), n(r.y), n(r.width),
                         n(r.height), fill_of(r.fill));
    out += "</g>\n";
  }
  for (std::size_t i = 0; i < data.lines.size(); ++i)
    for (const Run& run : layout.lines[i])
      out += fmt::format(R"(<path d="M{} {}H{}" fill="none" {}/>)", n(run.x1), n(run.y), n(run.x2),
                         stroke_of(data.lines[i].stroke)) +
             "\n";
  out += line_labels(data, layout, frame);
  const double slot = (frame.plot_right() - frame.plot_left()) / static_cast<double>(std::max<std::size_t>(data.bars.size(), 1));
  for (const std::size_t i : layout.labelled)
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{}</text>)",
                       n(frame.plot_left() + (static_cast<double>(i) + 0.5) * slot), n(frame.plot_bottom() + 16),
                       html_escape(data.bars[i].label));
  return out + "\n</svg>";
}

std::string defs() {
  return fmt::format(
      R"(<svg class="defs" width="0" height="0" aria-hidden="true"><defs>)"
      R"svg(<pattern id="catrack-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">)svg"
      R"(<rect width="6" height="6" fill="{0}"/><rect width="1.6" height="6" fill="{2}"/></pattern>)"
      R"(<pattern id="catrack-cross" width="6" height="6" patternUnits="userSpaceOnUse">)"
      R"(<rect width="6" height="6" fill="{1}"/><path d="M0 0L6 6M6 0L0 6" stroke="{2}" stroke-width="1"/></pattern>)"
      R"(</defs></svg>)",
      palette::supplement, palette::total_only, palette::paper);
}

} // namespace catrack::cli::render::chart
