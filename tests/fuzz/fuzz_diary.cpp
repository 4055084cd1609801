// libFuzzer harness: any bytes through the diary reader (TOML, or an app's
// CSV export when the first line is one's header), the calculator and every
// renderer; and what reads also writes a diary that reads back. The fast TOML
// parser must agree with toml++ on whatever it accepts. Built with
// -DCATRACK_FUZZ=ON and clang (see scripts/fuzz).

#include "catrack/bundled/table.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/diary/writer.hpp"
#include "catrack/import/export_reader.hpp"
#include "catrack/report/report.hpp"
#include "cli/render/render.hpp"
#include "toml/fast_parser.hpp"
#include "catrack/toml/read.hpp"
#include "toml_compare.hpp"
#include "catrack/toml/parse.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const catrack::foods::FoodTable table = catrack::bundled::bundled_table();
  const std::string text(reinterpret_cast<const char*>(data), size);
  catrack::toml::Doc fast;
  if (catrack::toml::parse_common_toml(text, fast)) {
    const auto slow = catrack::toml::parse_with_tomlplusplus(text, "fuzz.toml");
    if (!slow || !catrack::toml::first_difference(fast.root(), slow->root()).empty()) __builtin_trap();
  }
  auto read = catrack::import::read_any_diary(text, "fuzz.toml", {});
  if (read.errors.empty() && read.value.foods.empty() &&
      !catrack::diary::read_diary(catrack::diary::write_diary_toml(read.value), "back.toml").errors.empty())
    __builtin_trap();
  catrack::report::DiaryReport report = catrack::report::build_report(read.value, table);
  if (!read.errors.empty()) {
    report.days.clear();
    report.errors.insert(report.errors.end(), read.errors.begin(), read.errors.end());
  }
  namespace render = catrack::cli::render;
  for (auto format : {render::Format::text, render::Format::json, render::Format::ndjson, render::Format::csv,
                      render::Format::tsv, render::Format::html, render::Format::md}) {
    render::RenderOptions options;
    options.detail = true;
    auto renderer = render::make_renderer(format, options);
    std::string out = renderer->begin() + renderer->diary(report, true) + renderer->end();
    if (out.empty()) __builtin_trap();
  }
  return 0;
}
