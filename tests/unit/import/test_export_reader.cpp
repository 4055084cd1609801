// read_any_diary on the sample exports in tests/data/exports/ (made up for
// the tests, no one's real diary): Cronometer servings and daily nutrition,
// MyFitnessPal nutrition summaries, and broken files with located errors.

#include "catrack/bundled/table.hpp"
#include "catrack/calc/calculator.hpp"
#include "catrack/diary/writer.hpp"
#include "catrack/import/export_reader.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include "support.hpp"
#include "catrack/util/date.hpp"
#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::testing;
using namespace std::chrono;

namespace {

constexpr Date date(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

std::string export_text(const std::string& name) { return repo_file("tests/data/exports/" + name); }

DiaryRead read_ok(const std::string& name, ReadOptions options = {}) {
  DiaryRead r = read_any_diary(export_text(name), name, options);
  INFO(name, "\n", listed(r.errors));
  REQUIRE(r.errors.empty());
  return r;
}

Diagnostic one_error(const std::string& name, ReadOptions options = {}) {
  const DiaryRead r = read_any_diary(export_text(name), name, options);
  INFO(name, "\n", listed(r.errors));
  REQUIRE(r.errors.size() == 1u);
  CHECK(r.value.days.empty());
  CHECK(r.errors[0].where.file.str() == name);
  return r.errors[0];
}

DiaryResult totals(const Diary& diary) {
  DiaryResult result = calculate(diary, bundled_foods());
  INFO(listed(result.errors));
  REQUIRE(result.errors.empty());
  return result;
}

bool mentions(const Diagnostics& list, std::string_view part) {
  for (const auto& d : list)
    if (d.message.find(part) != std::string::npos) return true;
  return false;
}

const Entry& entry_named(const Day& day, std::string_view item) {
  for (const auto& e : day.entries)
    if (e.item == item) return e;
  FAIL("no entry " << item);
  return day.entries.front();
}

} // namespace

TEST_CASE("each export is told apart by its first line") {
  CHECK(detect_export(export_text("cronometer-servings.csv")) == ExportKind::cronometer_servings);
  CHECK(detect_export(export_text("cronometer-servings-bom-crlf.csv")) == ExportKind::cronometer_servings);
  CHECK(detect_export(export_text("cronometer-servings-old.csv")) == ExportKind::cronometer_servings);
  CHECK(detect_export(export_text("cronometer-daily.csv")) == ExportKind::cronometer_daily);
  CHECK(detect_export(export_text("cronometer-daily-groups.csv")) == ExportKind::cronometer_daily);
  CHECK(detect_export(export_text("mfp-nutrition.csv")) == ExportKind::mfp_nutrition);
  CHECK(detect_export(export_text("mfp-nutrition-time.csv")) == ExportKind::mfp_nutrition);
  CHECK(detect_export(export_text("mfp-nutrition-fr.csv")) == ExportKind::mfp_nutrition);
  CHECK(detect_export("[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n") == ExportKind::toml);
  CHECK(detect_export("") == ExportKind::toml);
  CHECK(parse_input_format("cronometer") == InputFormat::cronometer);
  CHECK(parse_input_format("mfp") == InputFormat::mfp);
  CHECK(parse_input_format("toml") == InputFormat::toml);
  CHECK(parse_input_format("auto") == InputFormat::automatic);
  CHECK_FALSE(parse_input_format("csv"));
}

TEST_CASE("a TOML diary still reads as TOML") {
  const auto r = read_any_diary("[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n", "d.toml", {});
  CHECK(r.errors.empty());
  REQUIRE(r.value.days.size() == 1u);
  CHECK(r.value.days[0].entries[0].item == "milk, skim");
}

TEST_CASE("Cronometer servings: calcium and vitamin D from the export, times, groups, supplements") {
  const DiaryRead r = read_ok("cronometer-servings.csv");
  REQUIRE(r.value.days.size() == 2u);
  const Day& first = r.value.days[0];
  CHECK(first.date == date(2026, 11, 24));
  REQUIRE(first.entries.size() == 5u);

  const Entry& milk = entry_named(first, "Milk, 2%");
  CHECK(milk.kind == EntryKind::food);
  CHECK(milk.calcium_mg == 293.0);
  CHECK(milk.vitamin_d_iu == 120.0);
  CHECK(milk.minute_of_day == 7 * 60 + 45); // 7:45 AM
  CHECK(milk.meal == "Breakfast");
  CHECK(milk.at.line == 2);

  // A free-text amount is kept as a note, never as an amount to read.
  const Entry& yogurt = entry_named(first, "Yogurt, Greek, Plain, Nonfat");
  CHECK_FALSE(yogurt.amount);
  CHECK(yogurt.calcium_mg == doctest::Approx(166.1));
  CHECK(yogurt.note.find("1.00 container - each 5.3 oz") != std::string::npos);

  // Quoted, with a comma, doubled quotes and a line break; 07:30 PM.
  const Entry& salmon = entry_named(first, "Salmon, \"wild\", baked, with lemon\nand dill");
  CHECK(salmon.minute_of_day == 19 * 60 + 30);

  // The Supplements group, and a supplement named in another group.
  const Entry& citrate = entry_named(first, "Calcium Citrate + D3");
  CHECK(citrate.kind == EntryKind::supplement);
  const Entry& caltrate = entry_named(r.value.days[1], "Caltrate 600+D3 Plus Minerals");
  CHECK(caltrate.kind == EntryKind::supplement);
  CHECK(caltrate.meal == "Lunch");
  const Entry& d3 = entry_named(r.value.days[1], "Vitamin D3");
  CHECK(d3.kind == EntryKind::supplement);
  CHECK_FALSE(d3.minute_of_day); // blank Time
  CHECK(entry_named(r.value.days[1], "Cheese, Swiss").kind == EntryKind::food);

  // Food entries come before supplements, as a diary lists them.
  CHECK(first.entries.back().kind == EntryKind::supplement);
}

TEST_CASE("Cronometer servings: an empty calcium cell is looked up, never zero, and said so") {
  const DiaryRead r = read_ok("cronometer-servings.csv");
  const Entry& kale = entry_named(r.value.days[0], "Kale, cooked");
  CHECK_FALSE(kale.calcium_mg);
  CHECK(kale.amount->text == "65.00 g");
  CHECK(kale.note.find("looked up in catrack's food table") != std::string::npos);
  REQUIRE(mentions(r.warnings, "\"Calcium (mg)\" is empty for \"Kale, cooked\""));
  CHECK(r.warnings[0].where.line == 5);
  CHECK(r.warnings[0].where.column == 76);
  CHECK(mentions(r.warnings, "\"Vitamin D (IU)\" is empty on 1 row"));

  // The day's total uses catrack's kale (65 g x 72 mg/100 g = 46.8 mg).
  const DiaryResult result = totals(r.value);
  REQUIRE(result.value.size() == 2u);
  const DayResult& day = result.value[0];
  CHECK(day.split_known);
  CHECK(day.dietary_mg == doctest::Approx(293 + 166.1 + 46.8 + 15));
  CHECK(day.supplement_mg == doctest::Approx(315));
  CHECK(day.calcium_mg == doctest::Approx(293 + 166.1 + 46.8 + 15 + 315));
  CHECK(result.value[1].supplement_mg == doctest::Approx(600));
  CHECK(result.value[1].dietary_mg == doctest::Approx(224.4));
}

TEST_CASE("Cronometer servings: a BOM and CRLF line ends change nothing") {
  const DiaryRead lf = read_ok("cronometer-servings.csv");
  const DiaryRead crlf = read_ok("cronometer-servings-bom-crlf.csv");
  REQUIRE(lf.value.days.size() == crlf.value.days.size());
  for (std::size_t d = 0; d < lf.value.days.size(); ++d) {
    const auto& a = lf.value.days[d].entries;
    const auto& b = crlf.value.days[d].entries;
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].item == b[i].item); // the line break inside the salmon's name is "\n" in both
      CHECK(a[i].calcium_mg == b[i].calcium_mg);
      CHECK(a[i].vitamin_d_iu == b[i].vitamin_d_iu);
      CHECK(a[i].minute_of_day == b[i].minute_of_day);
      CHECK(a[i].at.line == b[i].at.line);
    }
  }
}

TEST_CASE("Cronometer servings: an old export without Time and Group") {
  const DiaryRead r = read_ok("cronometer-servings-old.csv");
  REQUIRE(r.value.days.size() == 2u);
  CHECK(r.value.days[0].date == date(2014, 3, 2));
  const Entry& milk = entry_named(r.value.days[0], "Milk, skim");
  CHECK(milk.meal.empty());
  CHECK_FALSE(milk.minute_of_day);
  CHECK(entry_named(r.value.days[1], "Calcium Carbonate").kind == EntryKind::supplement);
  const DiaryResult result = totals(r.value);
  CHECK(result.value[0].calcium_mg == doctest::Approx(298.9 + 103));
}

TEST_CASE("Cronometer daily nutrition: day totals, no invented split") {
  const DiaryRead r = read_ok("cronometer-daily.csv");
  REQUIRE(r.value.days.size() == 2u); // 2026-11-18 has no calcium value: left out
  CHECK(mentions(r.warnings, "empty for 2026-11-18"));
  CHECK(mentions(r.warnings, "day totals only"));
  const DiaryResult result = totals(r.value);
  REQUIRE(result.value.size() == 2u);
  CHECK(result.value[0].calcium_mg == doctest::Approx(1549.3));
  CHECK(result.value[0].vitamin_d_iu == doctest::Approx(1104));
  CHECK_FALSE(result.value[0].split_known);
  CHECK(result.value[0].vitamin_d_known);
  CHECK(result.value[1].calcium_mg == doctest::Approx(2089.6));
  CHECK_FALSE(result.value[1].vitamin_d_known); // empty Vitamin D cell: unknown, not 0
}

TEST_CASE("Cronometer daily nutrition with groups: the Total row only, nothing counted twice") {
  const DiaryRead r = read_ok("cronometer-daily-groups.csv");
  REQUIRE(r.value.days.size() == 2u);
  const DiaryResult result = totals(r.value);
  // The groups add up to 1235.45; the Total row says 1235.46 and wins.
  CHECK(result.value[0].calcium_mg == doctest::Approx(1235.46));
  // No Total row on 2026-11-17: its groups are added, with a warning.
  CHECK(result.value[1].calcium_mg == doctest::Approx(750.5));
  CHECK(mentions(r.warnings, "2026-11-17 has no Total row"));
}

TEST_CASE("MyFitnessPal: % Daily Value x the basis, per day; the Total row is not counted") {
  SUBCASE("without --dv-basis: 1300 mg, and a plain warning") {
    const DiaryRead r = read_ok("mfp-nutrition.csv");
    REQUIRE(r.value.days.size() == 2u);
    CHECK(mentions(r.warnings, "100 % was taken as 1300 mg"));
    const DiaryResult result = totals(r.value);
    CHECK(result.value[0].calcium_mg == doctest::Approx((35 + 20 + 15 + 22) * 13.0));
    CHECK(result.value[1].calcium_mg == doctest::Approx((30 + 12) * 13.0));
    CHECK_FALSE(result.value[0].split_known);
    CHECK_FALSE(result.value[0].vitamin_d_known);
    REQUIRE(r.value.days[0].notes.size() == 1u);
    CHECK(r.value.days[0].notes[0].find("Breakfast 35 %") != std::string::npos);
  }
  SUBCASE("--dv-basis 1000: pre-2016 labels, no basis warning") {
    ReadOptions options;
    options.dv_basis_mg = 1000;
    const DiaryRead r = read_ok("mfp-nutrition.csv", options);
    CHECK_FALSE(mentions(r.warnings, "was taken as"));
    CHECK(totals(r.value).value[0].calcium_mg == doctest::Approx(920));
  }
  SUBCASE("a Time column") {
    const DiaryRead r = read_ok("mfp-nutrition-time.csv");
    REQUIRE(r.value.days.size() == 1u);
    CHECK(r.value.days[0].total->calcium_mg == 910); // exactly: 70 x 1300 / 100
  }
  SUBCASE("French: ';' separators, decimal commas, CRLF") {
    const DiaryRead r = read_ok("mfp-nutrition-fr.csv");
    REQUIRE(r.value.days.size() == 1u);
    CHECK(r.value.days[0].total->calcium_mg == doctest::Approx(70.5 * 13));
  }
  SUBCASE("a basis other than 1300 or 1000 is refused") {
    ReadOptions options;
    options.dv_basis_mg = 1200;
    const DiaryRead r = read_any_diary(export_text("mfp-nutrition.csv"), "m.csv", options);
    CHECK(mentions(r.errors, "1300 (current US labels) or 1000"));
    CHECK(r.value.days.empty());
  }
}

TEST_CASE("broken exports: one located error each, and no days") {
  auto e = one_error("bad-unterminated-quote.csv");
  CHECK(e.where.line == 2);
  CHECK(e.where.column == 30);
  CHECK(e.message.find("never closed") != std::string::npos);

  e = one_error("bad-ragged-row.csv");
  CHECK(e.where.line == 3);
  CHECK(e.message == "this row has 8 cells, but the header has 7 columns");

  e = one_error("bad-date.csv");
  CHECK(e.where.line == 2);
  CHECK(e.where.column == 1);
  CHECK(e.message.find("2026-02-30, a date that does not exist") != std::string::npos);

  e = one_error("bad-calcium.csv");
  CHECK(e.where.line == 3);
  CHECK(e.where.column == 57);
  CHECK(e.message.find("\"about 200\": not a number") != std::string::npos);

  e = one_error("bad-empty-calcium-free-amount.csv");
  CHECK(e.where.line == 2);
  CHECK(e.message.find("1.00 container - each 5.3 oz") != std::string::npos);

  e = one_error("header-only.csv");
  CHECK(e.where.line == 0);
  CHECK(e.message == "the export has no rows, only its header");
}

TEST_CASE("cells that are not what they should be") {
  const std::string header = "Day,Time,Group,Food Name,Amount,Vitamin D (IU),Calcium (mg)\n";
  const auto error_of = [&](const std::string& row) {
    const DiaryRead r = read_any_diary(header + row + "\n", "x.csv", {});
    INFO(row, "\n", listed(r.errors));
    REQUIRE(r.errors.size() == 1u);
    return r.errors[0].message;
  };
  CHECK(error_of("2026-11-24,,,Milk,1 cup,0,-5").find("cannot be negative") != std::string::npos);
  CHECK(error_of("2026-11-24,,,Milk,1 cup,0,1,234").find("8 cells") != std::string::npos);
  CHECK(error_of("2026-11-24,,,Milk,1 cup,0,\"1,234\"").find("not a number") != std::string::npos);
  CHECK(error_of("2026-11-24,,,Milk,1 cup,0,nan").find("not a number") != std::string::npos);
  CHECK(error_of("2026-11-24,,,Milk,1 cup,0,1e3").find("not a number") != std::string::npos);
  CHECK(error_of("2026-11-24,13:30 PM,,Milk,1 cup,0,300").find("not a time of day") != std::string::npos);
  CHECK(error_of("2026-11-24,25:00,,Milk,1 cup,0,300").find("not a time of day") != std::string::npos);
  CHECK(error_of("24/11/2026,,,Milk,1 cup,0,300").find("not a date like 2026-11-24") != std::string::npos);
  CHECK(error_of("2026-11-24,,,,1 cup,0,300") == "\"Food Name\" is empty");
  CHECK(error_of("2026-11-24,,,\"Milk\"x,1 cup,0,300").find("after the closing quote") != std::string::npos);
  CHECK(error_of("2026-11-24,,,Milk,1 cup,0," + std::string(5000, '9')).find("too long") != std::string::npos);
  CHECK(error_of("2026-11-24,,,\xFF\xFE,1 cup,0,300").find("invalid UTF-8") != std::string::npos);

  // Valid after all: 12 AM is midnight, 12 PM noon; a 24-hour time is read too.
  const auto minute_of = [&](const std::string& time) {
    const DiaryRead r = read_any_diary(header + "2026-11-24," + time + ",,Milk,1 cup,0,300\n", "x.csv", {});
    REQUIRE(r.errors.empty());
    return r.value.days[0].entries[0].minute_of_day;
  };
  CHECK(minute_of("12:05 AM") == 5);
  CHECK(minute_of("12:05 PM") == 12 * 60 + 5);
  CHECK(minute_of("07:30 pm") == 19 * 60 + 30);
  CHECK(minute_of("19:30") == 19 * 60 + 30);
}

TEST_CASE("a forced format must match the file") {
  ReadOptions mfp;
  mfp.format = InputFormat::mfp;
  auto r = read_any_diary(export_text("cronometer-servings.csv"), "c.csv", mfp);
  CHECK(mentions(r.errors, "not a MyFitnessPal export"));
  ReadOptions cronometer;
  cronometer.format = InputFormat::cronometer;
  r = read_any_diary("[[day]]\ndate = 2026-11-24\n", "d.toml", cronometer);
  CHECK(mentions(r.errors, "not a Cronometer export"));
  ReadOptions toml;
  toml.format = InputFormat::toml;
  r = read_any_diary(export_text("mfp-nutrition.csv"), "m.csv", toml);
  CHECK(mentions(r.errors, "invalid TOML"));
}

// Any bytes: no crash, and whatever reads without error also writes a diary
// that reads back to the same totals.
TEST_CASE("mangled exports never crash, and what reads also round-trips") {
  std::mt19937 random(20261124);
  const std::vector<std::string> samples{"cronometer-servings.csv", "cronometer-servings-old.csv",
                                         "cronometer-daily.csv",    "cronometer-daily-groups.csv",
                                         "mfp-nutrition.csv",       "mfp-nutrition-fr.csv"};
  const std::string alphabet = ",;\"\n\r 0123456789.:-APMTotal\xC2\xB5\xEF\xBB\xBF";
  int read_cleanly = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text = export_text(samples[static_cast<std::size_t>(round) % samples.size()]);
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int k = 0; k < edits && !text.empty(); ++k) {
      const std::size_t at = random() % text.size();
      switch (random() % 3) {
      case 0: text[at] = alphabet[random() % alphabet.size()]; break;
      case 1: text.erase(at, 1 + random() % 20); break;
      default: text.insert(at, std::string(1 + random() % 3, alphabet[random() % alphabet.size()]));
      }
    }
    const DiaryRead r = read_any_diary(text, "fuzz.csv", {});
    for (const auto& e : r.errors) CHECK(e.where.file.str() == "fuzz.csv");
    if (!r.errors.empty()) {
      CHECK(r.value.days.empty());
      continue;
    }
    const DiaryResult direct = calculate(r.value, bundled_foods());
    if (!direct.errors.empty()) continue; // e.g. a food name the table does not know
    ++read_cleanly;
    const DiaryRead back = read_diary(write_diary_toml(r.value), "back.toml");
    INFO(text);
    REQUIRE(back.errors.empty());
    const DiaryResult again = calculate(back.value, bundled_foods());
    REQUIRE(again.errors.empty());
    REQUIRE(again.value.size() == direct.value.size());
    for (std::size_t d = 0; d < direct.value.size(); ++d) {
      CHECK(again.value[d].date == direct.value[d].date);
      CHECK(again.value[d].calcium_mg == direct.value[d].calcium_mg);
      CHECK(again.value[d].dietary_mg == direct.value[d].dietary_mg);
      CHECK(again.value[d].supplement_mg == direct.value[d].supplement_mg);
    }
  }
  CHECK(read_cleanly > 50); // the mutations leave many files readable: the round trip was exercised
}
