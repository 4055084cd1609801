// The page's colours pass WCAG 2.1 AA against the white page: 4.5:1 for
// text, 3:1 for the marks of a chart (success criteria 1.4.3 and 1.4.11).

#include "cli/render/palette.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <string_view>

namespace palette = catrack::cli::render::palette;

namespace {

// WCAG 2.1 relative luminance of an sRGB "#rrggbb".
double luminance(std::string_view hex) {
  REQUIRE(hex.size() == 7u);
  double sum = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int i = 0; i < 3; ++i) {
    const double c = std::stoi(std::string(hex.substr(1 + 2 * static_cast<std::size_t>(i), 2)), nullptr, 16) / 255.0;
    sum += weights[i] * (c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
  }
  return sum;
}

double contrast(std::string_view a, std::string_view b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_SUITE("cli") {

TEST_CASE("contrast is computed as WCAG defines it") {
  CHECK(contrast("#000000", "#ffffff") == doctest::Approx(21.0));
  CHECK(contrast("#777777", "#ffffff") == doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("text colours reach 4.5:1 on the page") {
  for (const char* c : {palette::ink, palette::muted, palette::info, palette::warn, palette::alert}) {
    INFO(c);
    CHECK(contrast(c, palette::paper) >= 4.5);
  }
}

TEST_CASE("chart marks reach 3:1 on the page, and the hatching's stripes stay apart from the food bars") {
  for (const char* c : {palette::food, palette::supplement, palette::total_only, palette::limit, palette::ink,
                        palette::muted}) {
    INFO(c);
    CHECK(contrast(c, palette::paper) >= 3.0);
  }
  // Food and supplement bars touch: told apart by the hatching in grey print,
  // and by a lighter tone besides.
  CHECK(luminance(palette::supplement) > luminance(palette::food));
}

} // TEST_SUITE
