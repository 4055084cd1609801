// The CLI's output helpers: JSON escaping and writing, the JSON/CSV/TSV/text
// renderers (spec §6), compiler-style diagnostics and terminal safety.

#include "catrack/bundled/table.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/report/report.hpp"
#include "cli/term/diagnostics.hpp"
#include "cli/render/json_writer.hpp"
#include "cli/render/render.hpp"
#include "cli/term/terminal.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <string>
#include "support.hpp"
#include "catrack/util/numbers.hpp"
#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::testing;

namespace {

// A 30-year-old (target 1000 mg, floor 800, UL 2500; vitamin D 600 / 4000 IU)
// who drank a cup of skim milk at 07:30 on line 6. foods/dairy.toml: SR28
// 01085, 122 mg and 47 IU per 100 g, cup 245 g, absorption 0.321, so
// calcium 298.9 mg (299), absorbable 95.9469 (96), vitamin D 115.15 IU (115).
constexpr const char* one_cup = R"([profile]
age = 30

[[day]]
date = 2026-11-24
food = [{ item = "milk, skim", amount = "1 cup", time = "07:30" }]
)";

// An unknown food on line 3, column 10.
constexpr const char* with_error = "[[day]]\ndate = 2026-11-24\nfood = [\"kael 1 cup\"]\n";

DiaryReport report_of(const char* text, std::string file = "diary.toml") {
  const DiaryRead read = read_diary(text, file);
  REQUIRE(read.errors.empty());
  return build_report(read.value, bundled_foods());
}

std::string rendered(Renderer& r, const DiaryReport& report) {
  std::string out = r.begin();
  out += r.diary(report, true);
  out += r.end();
  return out;
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// Brackets and braces balance outside strings, and strings close.
bool balanced(const std::string& json) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') ++depth;
    else if (c == '}' || c == ']') {
      if (--depth < 0) return false;
    }
  }
  return depth == 0 && !in_string;
}

} // namespace

TEST_SUITE("render") {

TEST_CASE("json_escape") {
  CHECK(json_escape("plain") == "\"plain\"");
  CHECK(json_escape("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(json_escape("a\\b") == "\"a\\\\b\"");
  CHECK(json_escape("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
  CHECK(json_escape(std::string("\x01", 1)) == "\"\\u0001\"");
  CHECK(json_escape(std::string("\0", 1)) == "\"\\u0000\"");
  CHECK(json_escape("\x1f") == "\"\\u001f\"");
  CHECK(json_escape("\x7f") == "\"\\u007f\"");
  CHECK(json_escape("\x1b[31m") == "\"\\u001b[31m\"");
  CHECK(json_escape("crème") == "\"crème\""); // UTF-8 passes through
  CHECK(json_escape("") == "\"\"");
}

TEST_CASE("JsonWriter: commas, nesting and numbers") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.field("a", 1);
  w.field("b", "x");
  w.key("c").begin_array();
  w.value(1.5).value(-3).value(true).null();
  w.begin_object().end_object();
  w.begin_array().end_array();
  w.end_array();
  w.field("d", std::optional<double>{});
  w.field("e", std::optional<double>{2.0});
  w.end_object();
  CHECK(out == R"({"a":1,"b":"x","c":[1.5,-3,true,null,{},[]],"d":null,"e":2})");

  SUBCASE("no -0, and no NaN or infinity") {
    std::string numbers;
    JsonWriter n(numbers);
    n.begin_array();
    n.value(-0.0);
    n.value(0.0);
    n.value(std::nan(""));
    n.value(std::numeric_limits<double>::infinity());
    n.value(-std::numeric_limits<double>::infinity());
    n.value(298.9);
    n.value(1000.0);
    n.end_array();
    CHECK(numbers == "[0,0,null,null,null,298.9,1000]");
  }
  SUBCASE("keys are escaped too") {
    std::string keyed;
    JsonWriter k(keyed);
    k.begin_object().field("a\"b", "c\\d").end_object();
    CHECK(keyed == R"({"a\"b":"c\\d"})");
  }
}

TEST_CASE("the JSON renderer writes the keys of spec §6") {
  const DiaryReport report = report_of(one_cup);
  REQUIRE(report.ok());
  auto json = make_json_renderer(RenderOptions{});
  const std::string out = rendered(*json, report);
  INFO(out);
  CHECK(balanced(out));
  CHECK(out.rfind("{\"schema\":1,\"kind\":\"report\",\"diaries\":[", 0) == 0);
  CHECK(has(out, "\"file\":\"diary.toml\""));
  // profile
  CHECK(has(out, "\"profile\":{\"target_mg\":1000,\"floor_mg\":800,\"ul_mg\":2500,"
                 "\"vitamin_d_target_iu\":600,\"vitamin_d_ul_iu\":4000,\"basis\":\""));
  // the day
  CHECK(has(out, "\"days\":[{"));
  CHECK(has(out, "\"date\":\"2026-11-24\""));
  CHECK(has(out, "\"calcium_mg\":{\"total\":299,\"dietary\":299,\"supplement\":0,\"absorbable_estimate\":96}"));
  CHECK(has(out, "\"target_mg\":1000"));
  CHECK(has(out, "\"percent_of_target\":30")); // 298.9 / 1000 = 29.89 %
  CHECK(has(out, "\"vitamin_d_iu\":{\"total\":115,\"dietary\":115,\"supplement\":0"));
  // the entry
  CHECK(has(out, "\"entries\":[{\"kind\":\"food\",\"item\":\"milk, skim\",\"food\":\"milk, skim\","
                 "\"source\":\"USDA SR28 01085\",\"amount\":\"1 cup\""));
  CHECK(has(out, "\"grams\":245"));
  CHECK(has(out, "\"calcium_mg\":299"));
  CHECK(has(out, "\"time\":\"07:30\""));
  CHECK(has(out, "\"line\":6"));
  // notes: 299 mg is below the target (info) and the floor (warn); 115 IU
  // is below the vitamin D target (info).
  CHECK(has(out, "\"notes\":[{\"code\":\"low-intake\",\"severity\":\"info\",\"message\":\""));
  CHECK(has(out, "{\"code\":\"below-floor\",\"severity\":\"warn\",\"message\":\""));
  CHECK(has(out, "{\"code\":\"vitamin-d-low\",\"severity\":\"info\",\"message\":\""));
  CHECK(has(out, "\",\"source\":\""));
  // summary and errors
  CHECK(has(out, "\"summary\":{\"days\":1,\"mean_calcium_mg\":299,"));
  CHECK(has(out, "\"days_below_target\":1"));
  CHECK(has(out, "\"errors\":[]"));
  CHECK(out.size() >= 4u);
  CHECK(out.substr(out.size() - 4) == "\n]}\n");
}

TEST_CASE("the JSON renderer lists errors with line, column and message") {
  const DiaryReport report = report_of(with_error, "bad \"one\".toml");
  REQUIRE_FALSE(report.ok());
  auto json = make_json_renderer(RenderOptions{});
  const std::string out = rendered(*json, report);
  INFO(out);
  CHECK(balanced(out));
  CHECK(has(out, "\"file\":\"bad \\\"one\\\".toml\""));
  CHECK(has(out, "\"profile\":null"));
  CHECK(has(out, "\"days\":[]"));
  CHECK(has(out, "\"summary\":null"));
  CHECK(has(out, "\"errors\":[{"));
  CHECK(has(out, "\"line\":3,\"column\":10,\"message\":\"unknown food \\\"kael\\\"\""));

  SUBCASE("several diaries are separated by commas") {
    auto two = make_json_renderer(RenderOptions{});
    // The first diary has no comma before it; every later one has.
    std::string both = two->begin();
    both += two->diary(report, true);
    both += two->diary(report_of(one_cup), false);
    both += two->end();
    INFO(both);
    CHECK(balanced(both));
    CHECK(has(both, "]},\n{\"file\":\"diary.toml\""));
  }
}

TEST_CASE("the NDJSON renderer writes one day per line") {
  const DiaryReport report = report_of(one_cup);
  auto nd = make_ndjson_renderer(RenderOptions{});
  const std::string out = rendered(*nd, report);
  CHECK(out.rfind("{\"schema\":1,\"kind\":\"day\",\"file\":\"diary.toml\",\"date\":\"2026-11-24\"", 0) == 0);
  CHECK(out.back() == '\n');
  CHECK(out.find('\n') == out.size() - 1); // a single line
  CHECK(balanced(out));
}

TEST_CASE("CSV: the header, one row per day, RFC 4180 quoting and defused formulas") {
  auto csv = make_csv_renderer(',', RenderOptions{});
  const std::string header = csv->begin();
  CHECK(header ==
        "file,date,calcium_mg,dietary_mg,supplement_mg,absorbable_mg,target_mg,ul_mg,vitamin_d_iu,status,notes\n");

  DiaryReport report = report_of(one_cup);
  // 299 mg of calcium, all dietary; 96 absorbable; target 1000; UL 2500;
  // 115 IU; the worst note is below-floor (warn); codes in rule order.
  CHECK(csv->diary(report, true) ==
        "diary.toml,2026-11-24,299,299,0,96,1000,2500,115,warn,low-intake;below-floor;vitamin-d-low\n");

  SUBCASE("a file name with a comma and a quote") {
    report.file = "my,\"diary\".toml";
    CHECK(csv->diary(report, true).rfind("\"my,\"\"diary\"\".toml\",2026-11-24,", 0) == 0);
  }
  SUBCASE("a file name with a line break is quoted") {
    report.file = "a\nb.toml";
    CHECK(csv->diary(report, true).rfind("\"a\nb.toml\",", 0) == 0);
  }
  SUBCASE("a cell a spreadsheet would run as a formula") {
    report.file = "=HYPERLINK(1).toml";
    CHECK(csv->diary(report, true).rfind("'=HYPERLINK(1).toml,", 0) == 0);
    report.file = "+1.toml";
    CHECK(csv->diary(report, true).rfind("'+1.toml,", 0) == 0);
    report.file = "@x.toml";
    CHECK(csv->diary(report, true).rfind("'@x.toml,", 0) == 0);
    report.file = "=a,b";
    CHECK(csv->diary(report, true).rfind("\"'=a,b\",", 0) == 0);
  }
  SUBCASE("a diary with errors is one error row") {
    const DiaryReport bad = report_of(with_error, "bad.toml");
    CHECK(csv->diary(bad, true) == "bad.toml,,,,,,,,,error,\n");
  }
}

TEST_CASE("TSV: tabs separate, and tabs or line breaks in a cell become spaces") {
  auto tsv = make_csv_renderer('\t', RenderOptions{});
  CHECK(tsv->begin() == "file\tdate\tcalcium_mg\tdietary_mg\tsupplement_mg\tabsorbable_mg\ttarget_mg\tul_mg\t"
                        "vitamin_d_iu\tstatus\tnotes\n");
  DiaryReport report = report_of(one_cup);
  report.file = "a\tb,\"c\"\n.toml";
  const std::string row = tsv->diary(report, true);
  CHECK(row.rfind("a b,\"c\" .toml\t2026-11-24\t299\t", 0) == 0); // no quoting in TSV
  CHECK(row.back() == '\n');
  report.file = "=x";
  CHECK(tsv->diary(report, true).rfind("'=x\t", 0) == 0);
}

TEST_CASE("day_status is the worst severity, or ok") {
  const DiaryReport report = report_of(one_cup);
  CHECK(day_status(report.days[0]) == "warn");
  ReportDay quiet;
  CHECK(day_status(quiet) == "ok");
  quiet.notes.push_back({"above-ul", Severity::alert, Scope::day, "m", "s"});
  CHECK(day_status(quiet) == "alert");
}

TEST_CASE("the text report ends with the reminder line") {
  const DiaryReport report = report_of(one_cup);
  CHECK(std::string(reminder) == "An estimate for discussion with your care team, not medical advice.");
  SUBCASE("report") {
    auto text = make_text_renderer(RenderOptions{});
    const std::string out = rendered(*text, report);
    CHECK(has(out, "diary.toml"));
    CHECK(has(out, "2026-11-24"));
    CHECK(has(out, "below-floor"));
    const std::string last = std::string(reminder) + "\n";
    REQUIRE(out.size() > last.size());
    CHECK(out.substr(out.size() - last.size()) == last);
    CHECK(out.find('\033') == std::string::npos); // no colour unless asked
  }
  SUBCASE("check") {
    RenderOptions options;
    options.command = Command::check;
    auto text = make_text_renderer(options);
    const std::string out = rendered(*text, report);
    CHECK(has(out, "diary.toml  2026-11-24"));
    const std::string last = std::string(reminder) + "\n";
    CHECK(out.substr(out.size() - last.size()) == last);
  }
  SUBCASE("a diary with errors is not reported, but the reminder still ends it") {
    auto text = make_text_renderer(RenderOptions{});
    const std::string out = rendered(*text, report_of(with_error));
    CHECK(has(out, "not reported: 1 error"));
    const std::string last = std::string(reminder) + "\n";
    CHECK(out.substr(out.size() - last.size()) == last);
  }
  SUBCASE("colour when asked") {
    RenderOptions options;
    options.color = true;
    auto text = make_text_renderer(options);
    CHECK(rendered(*text, report).find('\033') != std::string::npos);
  }
}

TEST_CASE("format_diagnostic prints file:line:col, the line, a caret and the hints") {
  const Style plain;
  SUBCASE("an ASCII line") {
    const Diagnostic d{Location{"diary.toml", 2, 5}, "unknown food \"kael\"", {"did you mean \"kale, raw\"?"}};
    const std::string source = "[[day]]\n  \"kael 1 cup\",\nnext\n";
    const std::string expected = "diary.toml:2:5: error: unknown food \"kael\"\n"
                                 " 2 |   \"kael 1 cup\",\n"
                                 "   |     ^\n" // four columns before column 5
                                 "  did you mean \"kale, raw\"?\n";
    CHECK(format_diagnostic(d, source, plain) == expected);
  }
  SUBCASE("the caret counts characters, not bytes, after a multi-byte character") {
    // "è" and "î" are two bytes each; column 24 is the "1".
    const Diagnostic d{Location{"d.toml", 1, 24}, "bad", {}};
    const std::string source = "food = [\"crème fraîche 1 tub\"]\n";
    const std::string expected = "d.toml:1:24: error: bad\n"
                                 " 1 | food = [\"crème fraîche 1 tub\"]\n"
                                 "   | " + std::string(23, ' ') + "^\n";
    CHECK(format_diagnostic(d, source, plain) == expected);
  }
  SUBCASE("a wider line number widens the gutter") {
    std::string source;
    for (int i = 1; i <= 12; ++i) source += "line " + std::to_string(i) + "\n";
    const Diagnostic d{Location{"f", 12, 1}, "m", {}};
    CHECK(format_diagnostic(d, source, plain) == "f:12:1: error: m\n 12 | line 12\n    | ^\n");
  }
  SUBCASE("CRLF line endings are not shown") {
    const Diagnostic d{Location{"f", 1, 3}, "m", {}};
    CHECK(format_diagnostic(d, "abcd\r\nx\r\n", plain) == "f:1:3: error: m\n 1 | abcd\n   |   ^\n");
  }
  SUBCASE("no column: the line, no caret") {
    const Diagnostic d{Location{"f", 1, 0}, "m", {"h1", "h2"}};
    CHECK(format_diagnostic(d, "abc\n", plain) == "f:1: error: m\n 1 | abc\n  h1\n  h2\n");
  }
  SUBCASE("the whole file: no line") {
    const Diagnostic d{Location{"empty.toml", 0, 0}, "the diary has no days", {"add a day"}};
    CHECK(format_diagnostic(d, "", plain) == "empty.toml: error: the diary has no days\n  add a day\n");
  }
  SUBCASE("the source could not be read, or is shorter") {
    const Diagnostic d{Location{"f", 3, 2}, "m", {}};
    CHECK(format_diagnostic(d, "", plain) == "f:3:2: error: m\n");
    CHECK(format_diagnostic(d, "one line\n", plain) == "f:3:2: error: m\n");
  }
  SUBCASE("control characters in the message and the line are escaped") {
    const Diagnostic d{Location{"f\x1b", 1, 1}, "bad \x1b[2J", {"\x07"}};
    const std::string out = format_diagnostic(d, "a\x1b" "b\n", plain);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(has(out, "bad \\x1b[2J"));
    CHECK(has(out, " 1 | a\\x1bb\n"));
  }
  SUBCASE("colour paints the location, the word error and the caret") {
    const Diagnostic d{Location{"f", 1, 1}, "m", {}};
    const std::string out = format_diagnostic(d, "x\n", Style{true});
    CHECK(has(out, "\033[1mf:1:1\033[0m"));
    CHECK(has(out, "\033[1;31merror:\033[0m"));
    CHECK(has(out, "\033[1;32m^\033[0m"));
  }
}

TEST_CASE("printable escapes control characters") {
  CHECK(printable("plain text") == "plain text");
  CHECK(printable("a\x1b[31mb") == "a\\x1b[31mb");
  CHECK(printable("tab\there") == "tab\\x09here");
  CHECK(printable("line\nbreak") == "line\\x0abreak");
  CHECK(printable("\x7f") == "\\x7f");
  CHECK(printable(std::string("\0", 1)) == "\\x00");
  CHECK(printable("crème brûlée") == "crème brûlée"); // UTF-8 is not a control character
}

TEST_CASE("Style and use_color") {
  CHECK(Style{false}.paint("x", "1") == "x");
  CHECK(Style{true}.paint("x", "1") == "\033[1mx\033[0m");
  Environment env;
  CHECK(use_color(ColorMode::always, false, env));
  CHECK_FALSE(use_color(ColorMode::never, true, env));
  CHECK(use_color(ColorMode::automatic, true, env));
  CHECK_FALSE(use_color(ColorMode::automatic, false, env));
  env.no_color = true;
  CHECK_FALSE(use_color(ColorMode::automatic, true, env));
  CHECK(use_color(ColorMode::always, true, env)); // --color always wins over NO_COLOR
  env.no_color = false;
  env.dumb_terminal = true;
  CHECK_FALSE(use_color(ColorMode::automatic, true, env));
}

} // TEST_SUITE

TEST_CASE("the text chart: a twelfth of the target a cell, the target marked, > off the chart") {
  // 299 mg of a 1000 mg target: 3.6 cells, shown as 4.
  const DiaryReport low = report_of(one_cup);
  // 299 + 1500 = 1799 mg: 21.6 cells, more than the 16 the chart has.
  const DiaryReport high = report_of(R"([profile]
age = 30

[[day]]
date = 2026-11-24
food = [{ item = "milk, skim", amount = "1 cup", time = "07:30" }]
supplement = [{ item = "calcium citrate", calcium_mg = 750, time = "08:00" },
              { item = "calcium citrate", calcium_mg = 750, time = "20:00" }]
)");
  SUBCASE("plain characters when the terminal is not UTF-8") {
    auto text = make_text_renderer(RenderOptions{});
    CHECK(has(rendered(*text, low), "  2026-11-24      299    299      0       96       115  ####........|....   30%\n"));
    CHECK(has(rendered(*text, high), "############|###>  180%\n"));
    CHECK(has(rendered(*text, low), "        target|         %\n"));
  }
  SUBCASE("block characters on a UTF-8 terminal") {
    RenderOptions options;
    options.unicode = true;
    auto text = make_text_renderer(options);
    CHECK(has(rendered(*text, low), "\u2588\u2588\u2588\u2588\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2502"
                                  "\u2591\u2591\u2591\u2591   30%"));
    CHECK(has(rendered(*text, high), "\u2502\u2588\u2588\u2588\u25b8  180%"));
  }
  SUBCASE("every line fits in 80 columns") {
    auto text = make_text_renderer(RenderOptions{});
    const std::string out = rendered(*text, high);
    std::size_t start = 0;
    while (start < out.size()) {
      const auto end = out.find('\n', start);
      INFO(out.substr(start, end - start));
      CHECK(end - start <= 80);
      start = end + 1;
    }
  }
}

TEST_CASE("--weekly in text: a row of means per week, its counts and its notes") {
  const DiaryReport report = report_of(R"([profile]
age = 30

[[day]]
date = 2026-11-23
food = ["milk, skim 1 cup"]

[[day]]
date = 2026-11-24
food = ["milk, skim 3 cups"]

[[day]]
date = 2026-11-30
food = ["milk, skim 4 cups"]
)");
  RenderOptions options;
  options.interval = Interval::week;
  auto text = make_text_renderer(options);
  const std::string out = rendered(*text, report);
  CHECK(has(out, "  week of        mean   diet  suppl"));
  // (299 + 896.7) / 2 = 597.8: the mean of the days logged in the week.
  CHECK(has(out, "  2026-11-23      598    598      0      192"));
  CHECK(has(out, "    2 days logged: 2 below target (2 in a row), 1 below floor, 0 above UL\n"));
  CHECK(has(out, "    notes: low-intake on 2 days, below-floor on 1 day, vitamin-d-low on 2 days\n"));
  CHECK(has(out, "  2026-11-30     1196   1196"));
  CHECK(has(out, "    1 day logged: 0 below target, 0 below floor, 0 above UL\n"));
  CHECK_FALSE(has(out, "to close the")); // suggestions are per day, not in period views
}

TEST_CASE("whole_text prints whole mg as the renderers always have") {
  for (double x : {0.0, -0.0, -0.4, 0.5, 1.49, 298.9, 999.5, 1234.0, -12.5, 5000.0, 100000.0, 1e6, 123456789.4,
                   1e15, 9999999999999998.0, 1e16, 1e21}) {
    INFO(x);
    CHECK(whole_text(x) == fmt::format("{}", whole(x) == 0 ? 0.0 : whole(x)));
  }
}
