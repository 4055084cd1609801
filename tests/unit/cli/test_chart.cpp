// The SVG charts' geometry: bars proportional to their values, stacked in
// order, reference lines at their values, a round axis.

#include "cli/render/chart.hpp"

#include <doctest/doctest.h>

#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::cli::render::chart;

namespace {

Data two_days() {
  Data d;
  d.bars = {{"2026-11-16", "", {{900, Fill::food}, {300, Fill::supplement}}},
            {"2026-11-17", "", {{450, Fill::food}, {0, Fill::supplement}}}};
  d.lines = {{"target", Stroke::target, {1200.0, 1200.0}},
             {"floor", Stroke::floor, {1000.0, 1000.0}},
             {"UL", Stroke::limit, {2000.0, 2000.0}}};
  return d;
}

} // namespace

TEST_SUITE("cli") {

TEST_CASE("nice_axis: a round step, at most 6 of them, over the largest value") {
  CHECK(nice_axis(2000).max == 2000.0);
  CHECK(nice_axis(2000).step == 500.0);
  CHECK(nice_axis(2500).max == 2500.0);
  CHECK(nice_axis(2100).max == 2500.0);
  CHECK(nice_axis(4000).step == 1000.0);
  CHECK(nice_axis(640).max == 800.0); // 100s would be 7 steps
  CHECK(nice_axis(0).max > 0);
  for (const double v : {1.0, 37.0, 99.0, 101.0, 999.0, 1234.0, 5555.0, 60000.0}) {
    const Axis a = nice_axis(v);
    CHECK(a.max >= v);
    CHECK(a.max / a.step <= 6.0 + 1e-9);
  }
}

TEST_CASE("bar heights are proportional to their values and stack food under supplements") {
  const Frame frame;
  const Layout l = lay_out(two_days(), frame);
  REQUIRE(l.axis.max == 2000.0);
  const double per_mg = (frame.plot_bottom() - frame.plot_top()) / 2000.0;
  REQUIRE(l.bars.size() == 2u);
  REQUIRE(l.bars[0].size() == 2u);
  const Rect& food = l.bars[0][0];
  const Rect& supplement = l.bars[0][1];
  CHECK(food.fill == Fill::food);
  CHECK(food.height == doctest::Approx(900 * per_mg));
  CHECK(food.y + food.height == doctest::Approx(frame.plot_bottom())); // on the axis
  CHECK(supplement.height == doctest::Approx(300 * per_mg));
  CHECK(supplement.y + supplement.height == doctest::Approx(food.y)); // on top of the food
  CHECK(l.bars[1].size() == 1u);                                      // a zero segment draws nothing
  CHECK(l.bars[1][0].height == doctest::Approx(food.height / 2));
  CHECK(l.bars[1][0].x > food.x + food.width); // side by side, not overlapping
}

TEST_CASE("a reference line sits at its value: a bar of that total reaches it") {
  const Layout l = lay_out(two_days());
  REQUIRE(l.lines.size() == 3u);
  const Run& target = l.lines[0].at(0);
  CHECK(target.value == 1200.0);
  CHECK(target.y == doctest::Approx(l.bars[0][1].y)); // day 1: 900 + 300 = the 1200 target
  CHECK(l.lines[1].at(0).y == doctest::Approx(l.y(1000)));
  CHECK(l.lines[2].at(0).y == doctest::Approx(l.plot_top)); // the UL is the top of the axis
  CHECK(l.lines[0].size() == 1u);                          // one value: one run over every bar
  CHECK(target.x2 - target.x1 == doctest::Approx(Frame{}.plot_right() - Frame{}.plot_left()));
}

TEST_CASE("a line that changes value, or is missing over a bar, is drawn in runs") {
  Data d = two_days();
  d.bars.push_back(d.bars[0]);
  d.lines = {{"target", Stroke::target, {1000.0, 1200.0, 1200.0}}, {"floor", Stroke::floor, {800.0, std::nullopt, 800.0}}};
  const Layout l = lay_out(d);
  REQUIRE(l.lines[0].size() == 2u);
  CHECK(l.lines[0][0].value == 1000.0);
  CHECK(l.lines[0][1].value == 1200.0);
  CHECK(l.lines[0][0].x2 == doctest::Approx(l.lines[0][1].x1));
  REQUIRE(l.lines[1].size() == 2u); // no floor over the middle bar
  CHECK(l.lines[1][0].x2 < l.lines[1][1].x1);
}

TEST_CASE("labels under the axis are thinned to fit; the first is always shown") {
  Data d;
  for (int i = 0; i < 365; ++i) d.bars.push_back({"2026-01-01", "", {{100, Fill::food}}});
  const Layout l = lay_out(d);
  REQUIRE_FALSE(l.labelled.empty());
  CHECK(l.labelled.front() == 0u);
  CHECK(l.labelled.size() <= 8u);
  CHECK(lay_out(two_days()).labelled.size() == 2u);
}

TEST_CASE("the SVG: an accessible name, escaped text, the page's patterns, no URL") {
  Data d = two_days();
  d.title = "Calcium <each> day";
  d.bars[0].title = "2026-11-16: \"a\" & b";
  d.legend = {Fill::food, Fill::supplement};
  const std::string svg = catrack::cli::render::chart::svg(d);
  CHECK(svg.find(R"(role="img" aria-label="Calcium &lt;each&gt; day")") != std::string::npos);
  CHECK(svg.find("<title>2026-11-16: &quot;a&quot; &amp; b</title>") != std::string::npos);
  CHECK(svg.find("url(#catrack-hatch)") != std::string::npos);
  CHECK(defs().find(R"(id="catrack-hatch")") != std::string::npos);
  CHECK(svg.find("http") == std::string::npos);
  CHECK(svg.find("target 1200 mg") == std::string::npos); // unit not set: labels say "target 1200 "
  d.unit = "mg";
  CHECK(catrack::cli::render::chart::svg(d).find(">target 1200 mg<") != std::string::npos);
}

} // TEST_SUITE
