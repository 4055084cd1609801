// Every note code has a diary in examples/rules/ where it fires and a near
// miss in tests/rules/ where it stays silent (docs/RULES.md links them).

#include "catrack/bundled/table.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/report/report.hpp"
#include "layers.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using namespace catrack::layers;

namespace {

std::vector<std::string> codes_in(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, "missing " << path);
  std::stringstream text;
  text << in.rdbuf();
  auto read = read_diary(text.str(), path);
  REQUIRE(read.errors.empty());
  const FoodTable bundled = bundled_table();
  auto report = build_report(read.value, bundled);
  REQUIRE(report.errors.empty());
  std::vector<std::string> out;
  for (const auto& day : report.days)
    for (const auto& note : day.notes) out.push_back(note.code);
  return out;
}

bool has(const std::vector<std::string>& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

TEST_SUITE("rules") {
  TEST_CASE("every rule fires on its example and stays silent on its near miss") {
    for (const auto& rule : catrack::rules::all()) {
      const std::string code(rule.code);
      CAPTURE(code);
      CHECK(has(codes_in(std::string(CATRACK_SOURCE_DIR) + "/examples/rules/" + code + ".toml"), code));
      CHECK_FALSE(has(codes_in(std::string(CATRACK_SOURCE_DIR) + "/tests/rules/" + code + ".near-miss.toml"), code));
    }
  }

  TEST_CASE("every rule is documented: a when, a threshold, a why and a source") {
    for (const auto& rule : catrack::rules::all()) {
      CAPTURE(rule.code);
      CHECK_FALSE(rule.when.empty());
      CHECK_FALSE(rule.threshold.empty());
      CHECK_FALSE(rule.why.empty());
      CHECK_FALSE(rule.source.empty());
      CHECK(catrack::rules::find(rule.code) == &rule);
    }
    CHECK(catrack::rules::find("no-such-code") == nullptr);
  }

  TEST_CASE("the note codes of the format contract are all there") {
    for (const char* code : {"no-profile", "low-intake", "below-floor", "above-ul", "dose-over-500",
                             "supplement-not-needed", "calcinosis-supplement", "glucocorticoid", "vitamin-d-low",
                             "vitamin-d-above-ul", "carbonate-ppi", "carbonate-empty-stomach", "kidney",
                             "low-bioavailability", "malabsorption"})
      CHECK_MESSAGE(catrack::rules::find(code) != nullptr, code);
  }
}
