#pragma once
// Bar charts as inline SVG for the HTML report: stacked bars (food under
// supplement) with reference lines (target, floor, UL, the 500 mg dose). The
// geometry is worked out apart from the drawing, so that tests can check it:
// a bar's height is proportional to its value, a line sits at its value.

#include <optional>
#include <string>
#include <vector>

namespace catrack::cli::render::chart {

// How a bar segment is drawn: solid, hatched, or cross-hatched grey.
enum class Fill { food, supplement, total_only };

struct Segment {
  double value = 0;
  Fill fill = Fill::food;
};

struct Bar {
  std::string label;             // under the axis, when there is room: "2026-11-16"
  std::string title;             // the bar's tooltip: its numbers in words
  std::vector<Segment> segments; // bottom up; none: nothing known that day
};

// How a reference line is drawn: solid, dashed, dotted.
enum class Stroke { target, floor, limit };

struct Line {
  std::string name;                         // its label at the right: "target"
  Stroke stroke = Stroke::target;
  std::vector<std::optional<double>> values; // one per bar; none: not drawn over that bar
};

struct Data {
  std::string title;   // the accessible name of the chart
  std::string y_title; // "calcium, mg a day"
  std::string unit;    // in line labels: "mg"
  std::vector<Bar> bars;
  std::vector<Line> lines;
  std::vector<Fill> legend; // the fills to explain, in order
};

// The drawing area, in SVG user units; the page scales it to its width.
struct Frame {
  double width = 720;
  double height = 220;
  double left = 56;   // y-axis labels
  double right = 112; // line labels
  double top = 30;    // the legend
  double bottom = 36; // x-axis labels
  double plot_left() const { return left; }
  double plot_right() const { return width - right; }
  double plot_top() const { return top; }
  double plot_bottom() const { return height - bottom; }
};

// 0 to `max` in `step`s: a round step (1, 2, 2.5 or 5 x 10^n) giving at
// most 6 intervals, over the largest value drawn.
struct Axis {
  double max = 0;
  double step = 0;
};
Axis nice_axis(double largest);

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
  Fill fill = Fill::food;
};

// A horizontal run of a line: over bars [first, last] at one value.
struct Run {
  double x1 = 0, x2 = 0, y = 0;
  double value = 0;
};

struct Layout {
  Axis axis;
  double plot_top = 0, plot_bottom = 0;
  std::vector<std::vector<Rect>> bars; // per bar, its segments bottom up
  std::vector<std::vector<Run>> lines; // per line, its runs left to right
  std::vector<std::size_t> labelled;   // the bars whose label is shown
  double y(double value) const;        // the SVG y of a value
};

Layout lay_out(const Data& data, const Frame& frame = {});

// The <svg> element: role img, its title, the bars with their tooltips, the
// lines with their labels, the axes and the legend. Its patterns are the
// page's (defs(), once per page). Every text is escaped.
std::string svg(const Data& data, const Frame& frame = {});

// The patterns the bars use, in an <svg> of no size: once at the top of a page.
std::string defs();

} // namespace catrack::cli::render::chart
