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
  static const catrack::FoodTable table = catrack::bundled_table();
  const std::string text(reinterpret_cast<const char*>(data), size);
  catrack::toml::Doc fast;
  if (catrack::toml::parse_common_toml(text, fast)) {
    const auto slow = catrack::toml::parse_with_tomlplusplus(text, "fuzz.toml");
    if (!slow || !catrack::toml::first_difference(fast.root(), slow->root()).empty()) __builtin_trap();
  }
  auto read = catrack::read_any_diary(text, "fuzz.toml", {});
  if (read.errors.empty() && read.value.foods.empty() &&
      !catrack::read_diary(catrack::write_diary_toml(read.value), "back.toml").errors.empty())
    __builtin_trap();
  catrack::DiaryReport report = catrack::build_report(read.value, table);
  if (!read.errors.empty()) {
    report.days.clear();
    report.errors.insert(report.errors.end(), read.errors.begin(), read.errors.end());
  }
  for (auto format : {catrack::cli::Format::text, catrack::cli::Format::json, catrack::cli::Format::ndjson,
                      catrack::cli::Format::csv, catrack::cli::Format::tsv, catrack::cli::Format::html,
                      catrack::cli::Format::md}) {
    catrack::cli::RenderOptions options;
    options.detail = true;
    auto renderer = catrack::cli::make_renderer(format, options);
    std::string out = renderer->begin() + renderer->diary(report, true) + renderer->end();
    if (out.empty()) __builtin_trap();
  }
  return 0;
}
