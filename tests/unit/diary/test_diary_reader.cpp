// read_diary on literal TOML: the spec §1 example, every spelling of an
// entry, merging of days, and errors located at line and column.

#include "catrack/diary/reader.hpp"
#include "catrack/util/date.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using namespace catrack::layers;
using namespace std::chrono;

namespace {

constexpr Date nov(unsigned d) { return Date{year{2026}, month{11}, day{d}}; }

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::string listed(const Diagnostics& errors) {
  std::string out;
  for (const auto& e : errors)
    out += std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message + "\n";
  return out;
}

DiaryRead read_ok(std::string_view text) {
  DiaryRead r = read_diary(text, "diary.toml");
  INFO(listed(r.errors));
  REQUIRE(r.errors.empty());
  return r;
}

// The one error a text gives.
Diagnostic one_error(std::string_view text) {
  const DiaryRead r = read_diary(text, "diary.toml");
  INFO(std::string(text), "\nerrors:\n", listed(r.errors));
  REQUIRE(r.errors.size() == 1u);
  CHECK(r.errors[0].where.file.str() == "diary.toml");
  return r.errors[0];
}

// A day with one supplement table whose extra lines are `lines`; the
// table header is line 3 and `lines` start on line 4.
std::string supplement_day(std::string_view lines) {
  return "[[day]]\ndate = 2026-11-24\n[[day.supplement]]\n" + std::string(lines);
}
std::string food_day(std::string_view lines) {
  return "[[day]]\ndate = 2026-11-24\n[[day.food]]\n" + std::string(lines);
}

// The spec §1 example, verbatim but for `glucocorticoids` (tested below).
constexpr const char* spec_example = R"(version = 1                     # format version; absent means 1; any other value is an error

[profile]                       # who the diary belongs to (section 3)
age = 58                        # or: birth_date = 1968-03-02 (age computed at each day's date)
sex = "female"                  # "female" | "male"
glucocorticoids = true          # or { drug = "prednisone", mg_per_day = 7.5, since = 2026-01-10 }
calcinosis = true

[foods]                         # the diary's own foods, by name (section 4)
"mum's lasagne"     = { calcium_mg = 310, per = "1 slice" }
"oat drink, brand X" = { calcium_mg = 120, per = "100 ml", portions = { cup = 240 } }

[[day]]
date = 2026-11-24               # required: a TOML local date
food = [
  "milk, skim 1 cup",                                          # shorthand: "<item> <amount>"
  { item = "yogurt, greek, plain", amount = "170 g", time = 07:30:00 },
  { item = "cereal, brand Y", amount = "1 cup", dv_percent = 25 },   # from a Nutrition Facts label
  { item = "mum's lasagne", amount = "2 slices", meal = "dinner" },
  { item = "kale, cooked", amount = "1/2 cup" },
]
supplement = [
  { item = "calcium carbonate", salt_mg = 1250, time = "08:00" },     # compound weight -> 500 mg elemental
  { item = "calcium citrate", calcium_mg = 315, count = 2, time = "20:00" },
  { item = "vitamin D3", iu = 1000 },
  "calcium citrate 315 mg",                                       # shorthand: label amount = elemental calcium
]
note = "free text, ignored by calculations"
)";

} // namespace

TEST_SUITE("diary_reader") {

TEST_CASE("the spec §1 example reads") {
  const DiaryRead r = read_ok(spec_example);
  const Diary& d = r.value;
  CHECK(d.file == "diary.toml");

  SUBCASE("profile") {
    const Profile& p = d.profile;
    CHECK(p.present);
    REQUIRE(p.age.has_value());
    CHECK(*p.age == 58);
    CHECK(p.sex == Sex::female);
    CHECK(p.glucocorticoids.taking);
    CHECK_FALSE(p.glucocorticoids.mg_per_day.has_value());
    CHECK(p.calcinosis);
    CHECK_FALSE(p.scleroderma);
    CHECK(d.profile_places.table.line == 3);
    CHECK(d.profile_places.of("age").line == 4); // the places of the keys it gave
    CHECK(d.profile_places.of("age").column == 7);
    CHECK(d.profile_places.of("ppi").line == 3); // not given: the table's
  }
  SUBCASE("the diary's own foods") {
    REQUIRE(d.foods.size() == 2u);
    const Food& lasagne = d.foods[0];
    CHECK(lasagne.name == "mum's lasagne");
    CHECK(lasagne.origin == "diary");
    CHECK(lasagne.calcium_mg == 310.0);
    CHECK(lasagne.per.kind == Quantity::Kind::portion);
    CHECK(lasagne.per.portion == "slice");
    CHECK(lasagne.default_portion == "slice");
    CHECK(lasagne.defined_at.line == 10);
    CHECK(lasagne.defined_at.column == 1);
    const Food& oat = d.foods[1];
    CHECK(oat.name == "oat drink, brand X");
    CHECK(oat.per.kind == Quantity::Kind::millilitres);
    CHECK(oat.per.value == 100.0);
    REQUIRE(oat.portions.size() == 1u);
    CHECK(oat.portions[0].name == "cup");
    CHECK(oat.portions[0].size.kind == Quantity::Kind::grams); // a bare number is grams
    CHECK(oat.portions[0].size.value == 240.0);
  }
  SUBCASE("one day with its entries in diary order, food then supplement") {
    REQUIRE(d.days.size() == 1u);
    const Day& day = d.days[0];
    CHECK(day.date == nov(24));
    CHECK(day.at.line == 13);
    REQUIRE(day.notes.size() == 1u);
    CHECK(day.notes[0] == "free text, ignored by calculations");
    REQUIRE(day.entries.size() == 9u);
    const auto& e = day.entries;

    // "milk, skim 1 cup": the string starts at column 3; its amount 11
    // characters after the opening quote: column 3 + 1 + 11 = 15.
    CHECK(e[0].kind == EntryKind::food);
    CHECK(e[0].item == "milk, skim");
    REQUIRE(e[0].amount.has_value());
    CHECK(e[0].amount->text == "1 cup");
    CHECK(e[0].at.line == 16);
    CHECK(e[0].at.column == 3);
    CHECK(e[0].item_at.column == 4); // past the opening quote
    CHECK(e[0].amount->at.line == 16);
    CHECK(e[0].amount->at.column == 15);
    CHECK(e[0].count == 1.0);
    CHECK_FALSE(e[0].minute_of_day.has_value());

    CHECK(e[1].item == "yogurt, greek, plain");
    CHECK(e[1].amount->text == "170 g");
    REQUIRE(e[1].minute_of_day.has_value());
    CHECK(*e[1].minute_of_day == 7 * 60 + 30); // 07:30:00
    CHECK(e[1].item_at.line == 17);
    CHECK(e[1].item_at.column == 12); // after `  { item = `

    CHECK(e[2].item == "cereal, brand Y");
    REQUIRE(e[2].dv_percent.has_value());
    CHECK(*e[2].dv_percent == 25.0);
    CHECK(e[2].dv_basis_mg == 1300.0); // the current US label unless dv_basis says 1000

    CHECK(e[3].item == "mum's lasagne");
    CHECK(e[3].amount->text == "2 slices");
    CHECK(e[3].meal == "dinner");

    CHECK(e[4].item == "kale, cooked");
    CHECK(e[4].amount->text == "1/2 cup");

    CHECK(e[5].kind == EntryKind::supplement);
    CHECK(e[5].item == "calcium carbonate");
    REQUIRE(e[5].salt_mg.has_value());
    CHECK(*e[5].salt_mg == 1250.0);
    CHECK(*e[5].minute_of_day == 8 * 60); // "08:00"
    CHECK_FALSE(e[5].amount.has_value());

    CHECK(e[6].item == "calcium citrate");
    CHECK(*e[6].calcium_mg == 315.0);
    CHECK(e[6].count == 2.0);
    CHECK(*e[6].minute_of_day == 20 * 60);

    CHECK(e[7].item == "vitamin D3");
    REQUIRE(e[7].vitamin_d_iu.has_value());
    CHECK(*e[7].vitamin_d_iu == 1000.0);

    CHECK(e[8].kind == EntryKind::supplement);
    CHECK(e[8].item == "calcium citrate");
    CHECK(e[8].amount->text == "315 mg");
    CHECK(e[8].at.line == 26);
    CHECK(e[8].amount->at.column == 20); // 3 + 1 + 16 ("calcium citrate " is 16 characters)
    CHECK_FALSE(e[8].calcium_mg.has_value());
  }
}

TEST_CASE("entries as [[day.food]] and [[day.supplement]] tables") {
  const DiaryRead r = read_ok(R"([[day]]
date = 2026-11-25

[[day.food]]
item = "milk, skim"
amount = "1 cup"
time = "7:05"

[[day.supplement]]
item = "vitamin D3"
vitamin_d_mcg = 25

[[day.supplement]]
item = "vitamin D3"
vitamin_d_iu = 400
time = 21:15:00
count = 2

[[day.food]]
item = "cheddar"
amount = 1.5
)");
  REQUIRE(r.value.days.size() == 1u);
  const auto& e = r.value.days[0].entries;
  REQUIRE(e.size() == 4u);
  // Food entries first, then supplements, each in file order.
  CHECK(e[0].kind == EntryKind::food);
  CHECK(e[0].item == "milk, skim");
  CHECK(*e[0].minute_of_day == 7 * 60 + 5);
  CHECK(e[0].at.line == 4);
  CHECK(e[0].amount->at.line == 6);
  CHECK(e[0].amount->at.column == 11); // after `amount = "`
  CHECK(e[1].item == "cheddar");
  CHECK(e[1].amount->text == "1.5"); // a bare number: a count of the default portion
  CHECK(e[2].kind == EntryKind::supplement);
  CHECK(*e[2].vitamin_d_iu == 1000.0); // 25 mcg x 40 IU/mcg
  CHECK(*e[3].vitamin_d_iu == 400.0);
  CHECK(*e[3].minute_of_day == 21 * 60 + 15);
  CHECK(e[3].count == 2.0);
}

TEST_CASE("label values on entries") {
  const DiaryRead r = read_ok(R"([[day]]
date = 2026-11-24
food = [
  { item = "cereal", dv_percent = 25, dv_basis = 1000 },
  { item = "cereal", calcium_mg = 0 },
  { item = "juice", iu = 0, meal = "lunch" },
]
supplement = [{ item = "calcium citrate", calcium_mg = 315, count = 100, time = "23:59" }]
)");
  const auto& e = r.value.days[0].entries;
  REQUIRE(e.size() == 4u);
  CHECK(*e[0].dv_percent == 25.0);
  CHECK(e[0].dv_basis_mg == 1000.0);
  CHECK(*e[1].calcium_mg == 0.0); // zero is a value (a label that says 0 %)
  CHECK(*e[2].vitamin_d_iu == 0.0);
  CHECK(e[2].meal == "lunch");
  CHECK(e[3].count == 100.0); // the limit itself is allowed
  CHECK(*e[3].minute_of_day == 23 * 60 + 59);
}

TEST_CASE("days with the same date merge and come out sorted") {
  const DiaryRead r = read_ok(R"([[day]]
date = 2026-11-25
food = ["milk 1 cup"]
note = "first"

[[day]]
date = 2026-11-24
food = ["kale 1 cup"]

[[day]]
date = 2026-11-25
food = ["cheddar 1 slice"]
supplement = ["calcium citrate 315 mg"]
note = "second"
)");
  const auto& days = r.value.days;
  REQUIRE(days.size() == 2u);
  CHECK(days[0].date == nov(24));
  REQUIRE(days[0].entries.size() == 1u);
  CHECK(days[0].entries[0].item == "kale");
  CHECK(days[1].date == nov(25));
  REQUIRE(days[1].entries.size() == 3u);
  CHECK(days[1].entries[0].item == "milk");
  CHECK(days[1].entries[1].item == "cheddar");
  CHECK(days[1].entries[2].item == "calcium citrate");
  CHECK(days[1].notes == std::vector<std::string>{"first", "second"});
}

TEST_CASE("a diary without days: no days, and one error for the whole file") {
  // An empty diary would pass a batch check as "fine"; the reader says so
  // instead (line 0: the whole file), and reads nothing else into it.
  for (const char* text : {"", "\n\n", "# only a comment\n", "version = 1\n", "day = []\n"}) {
    INFO("text: \"", text, "\"");
    const DiaryRead r = read_diary(text, "empty.toml");
    CHECK(r.value.days.empty());
    CHECK_FALSE(r.value.profile.present);
    CHECK(r.value.file == "empty.toml");
    REQUIRE(r.errors.size() == 1u);
    CHECK(has(r.errors[0].message, "no days"));
    CHECK(r.errors[0].where.file.str() == "empty.toml");
    CHECK(r.errors[0].where.line == 0);
    CHECK(r.errors[0].where.column == 0);
  }
}

TEST_CASE("profile keys") {
  const DiaryRead r = read_ok(R"([profile]
birth_date = 1968-03-02
sex = "M"
life_stage = "lactating"
target_mg = 1100
vitamin_d_target_iu = 1000
glucocorticoids = { drug = "prednisone", mg_per_day = 7.5, since = 2026-01-10 }
scleroderma = true
kidney_disease = true
kidney_stones = false
malabsorption = true
ppi = true
dysphagia = 4
diet = ["Vegan", "lactose-free"]

[[day]]
date = 2026-11-24
)");
  const Profile& p = r.value.profile;
  CHECK(p.present);
  CHECK(p.birth_date == Date{year{1968}, month{3}, day{2}});
  CHECK_FALSE(p.age.has_value());
  CHECK(p.sex == Sex::male);
  CHECK(p.life_stage == LifeStage::lactating);
  CHECK(*p.target_mg == 1100.0);
  CHECK(*p.vitamin_d_target_iu == 1000.0);
  CHECK(p.glucocorticoids.taking);
  CHECK(p.glucocorticoids.drug == "prednisone");
  CHECK(*p.glucocorticoids.mg_per_day == 7.5);
  CHECK(p.glucocorticoids.since == Date{year{2026}, month{1}, day{10}});
  CHECK(p.scleroderma);
  CHECK(p.kidney_disease);
  CHECK_FALSE(p.kidney_stones);
  CHECK(p.malabsorption);
  CHECK(p.ppi);
  CHECK(p.dysphagia);
  CHECK(p.dysphagia_level == 4);
  CHECK(p.diet == std::vector<std::string>{"vegan", "lactose-free"});
}

TEST_CASE("errors are located at line and column") {
  SUBCASE("malformed TOML") {
    const Diagnostic d = one_error("version = 1\n[[day]]\ndate = 2026-11-24\nnote = @\n");
    CHECK(has(d.message, "invalid TOML"));
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 8);
  }
  SUBCASE("an unknown entry key names the nearest: amont -> amount") {
    const Diagnostic d = one_error("[[day]]\ndate = 2026-11-24\nfood = [\n"
                                   "  { item = \"milk, skim\", amont = \"1 cup\" },\n]\n");
    CHECK(has(d.message, "unknown key \"amont\""));
    CHECK(has(d.message, "did you mean \"amount\"?"));
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 26);
  }
  SUBCASE("an unknown day key: suplement -> supplement") {
    const Diagnostic d = one_error("[[day]]\ndate = 2026-11-24\nsuplement = [\"calcium citrate 315 mg\"]\n");
    CHECK(has(d.message, "did you mean \"supplement\"?"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 1);
  }
  SUBCASE("calcium -> calcium_mg") {
    const Diagnostic d = one_error(supplement_day("item = \"calcium citrate\"\ncalcium = 300\n"));
    CHECK(has(d.message, "did you mean \"calcium_mg\"?"));
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 1);
  }
  SUBCASE("an unknown top-level key") {
    const Diagnostic d = one_error("[[day]]\ndate = 2026-11-24\n\n[profil]\nage = 3\n");
    CHECK(has(d.message, "did you mean \"profile\"?"));
    CHECK(d.where.line == 4);
  }
  SUBCASE("missing date: at the [[day]] header") {
    const Diagnostic d = one_error("version = 1\n\n[[day]]\nfood = [\"milk, skim 1 cup\"]\n");
    CHECK(has(d.message, "date"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 1);
    REQUIRE_FALSE(d.hints.empty());
    CHECK(has(d.hints[0], "date = 2026-11-24"));
  }
  SUBCASE("a date written as a string gets a hint") {
    const Diagnostic d = one_error("[[day]]\ndate = \"2026-11-24\"\n");
    CHECK(has(d.message, "\"date\" must be a date"));
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 8);
    REQUIRE_FALSE(d.hints.empty());
    CHECK(has(d.hints[0], "without quotes"));
  }
  SUBCASE("version 2") {
    const Diagnostic d = one_error("version = 2\n[[day]]\ndate = 2026-11-24\n");
    CHECK(has(d.message, "unsupported version 2"));
    CHECK(d.where.line == 1);
    CHECK(d.where.column == 11);
  }
  SUBCASE("version \"1\" is a string, not 1") {
    const Diagnostic d = one_error("version = \"1\"\n[[day]]\ndate = 2026-11-24\n");
    CHECK(has(d.message, "\"version\" must be the number 1, not a string"));
    CHECK(d.where.line == 1);
    CHECK(d.where.column == 11);
  }
  SUBCASE("count as a string") {
    const Diagnostic d = one_error(supplement_day("item = \"calcium citrate\"\ncalcium_mg = 315\ncount = \"2\"\n"));
    CHECK(has(d.message, "\"count\" must be a number, not a string"));
    CHECK(d.where.line == 6);
    CHECK(d.where.column == 9);
    REQUIRE_FALSE(d.hints.empty());
    CHECK(has(d.hints[0], "without quotes"));
  }
  SUBCASE("item as a number") {
    const Diagnostic d = one_error(food_day("item = 3\n"));
    CHECK(has(d.message, "\"item\" must be a string, not an integer"));
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 8);
  }
  SUBCASE("food as a string, not a list") {
    const Diagnostic d = one_error("[[day]]\ndate = 2026-11-24\nfood = \"milk\"\n");
    CHECK(has(d.message, "\"food\" must be a list, not a string"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 8);
  }
  SUBCASE("an entry that is neither a string nor a table") {
    const Diagnostic d = one_error("[[day]]\ndate = 2026-11-24\nfood = [\"milk 1 cup\", 42]\n");
    CHECK(has(d.message, "an entry must be a string or a table, not an integer"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 23); // `food = [` 8, the quoted shorthand 12, `, ` 2
  }
  SUBCASE("a negative amount: at the sign, inside the string") {
    const Diagnostic d = one_error(food_day("item = \"milk\"\namount = \"-1 cup\"\n"));
    CHECK(has(d.message, "invalid amount \"-1 cup\""));
    CHECK(has(d.message, "more than zero"));
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 11); // the quote is column 10
  }
  SUBCASE("a zero amount") {
    const Diagnostic d = one_error(food_day("item = \"milk\"\namount = \"0 cups\"\n"));
    CHECK(has(d.message, "more than zero"));
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 11);
  }
  SUBCASE("an amount error inside the string points at the character") {
    const Diagnostic d = one_error(food_day("item = \"milk\"\namount = \"1,5 cup\"\n"));
    CHECK(has(d.message, "decimal point"));
    CHECK(d.where.column == 12); // the comma: quote at 10, "1" at 11
  }
  SUBCASE("a numeric amount of zero or less") {
    const Diagnostic d = one_error(food_day("item = \"milk\"\namount = 0\n"));
    CHECK(has(d.message, "more than zero"));
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 10);
    CHECK(one_error(food_day("item = \"milk\"\namount = -2\n")).where.line == 5);
  }
  SUBCASE("a shorthand whose amount is zero") {
    const Diagnostic d = one_error("[[day]]\ndate = 2026-11-24\nfood = [\"kale 0 cups\"]\n");
    CHECK(has(d.message, "invalid amount \"0 cups\""));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 15); // quote at 9, "kale " is 5 characters: 9 + 1 + 5
  }
  SUBCASE("count above 100") {
    const Diagnostic d = one_error(supplement_day("item = \"calcium citrate\"\ncalcium_mg = 315\ncount = 101\n"));
    CHECK(has(d.message, "limit"));
    CHECK(d.where.line == 6);
    CHECK(d.where.column == 9);
  }
  SUBCASE("count of zero") {
    const Diagnostic d = one_error(supplement_day("item = \"calcium citrate\"\ncalcium_mg = 315\ncount = 0\n"));
    CHECK(has(d.message, "more than zero"));
    CHECK(d.where.line == 6);
  }
  SUBCASE("a time that is not a time of day") {
    const Diagnostic d = one_error(supplement_day("item = \"calcium citrate\"\ncalcium_mg = 315\ntime = \"25:00\"\n"));
    CHECK(has(d.message, "\"25:00\" is not a time of day"));
    CHECK(d.where.line == 6);
    CHECK(d.where.column == 8);
    for (const char* bad : {"12:60", "7", "07:3", "07:30:99", "noon", "07-30"}) {
      INFO(bad);
      CHECK(has(one_error(supplement_day("item = \"c\"\ncalcium_mg = 1\ntime = \"" + std::string(bad) + "\"\n"))
                    .message,
                "not a time of day"));
    }
  }
  SUBCASE("a time of the wrong type") {
    const Diagnostic d = one_error(supplement_day("item = \"c\"\ncalcium_mg = 1\ntime = 730\n"));
    CHECK(has(d.message, "\"time\" must be a time, not an integer"));
    CHECK(d.where.column == 8);
  }
  SUBCASE("dv_basis other than 1300 or 1000") {
    const Diagnostic d = one_error(food_day("item = \"cereal\"\ndv_percent = 25\ndv_basis = 1100\n"));
    CHECK(has(d.message, "dv_basis"));
    CHECK(d.where.line == 6);
    CHECK(d.where.column == 12);
  }
  SUBCASE("dv_basis without dv_percent") {
    const Diagnostic d = one_error(food_day("item = \"cereal\"\ncalcium_mg = 300\ndv_basis = 1000\n"));
    CHECK(has(d.message, "goes with \"dv_percent\""));
    CHECK(d.where.line == 6);
  }
  SUBCASE("salt_mg on a food") {
    const Diagnostic d = one_error(food_day("item = \"calcium carbonate\"\nsalt_mg = 1250\n"));
    CHECK(has(d.message, "\"salt_mg\" is for supplements"));
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 11);
  }
  SUBCASE("two calcium keys: at the entry") {
    const Diagnostic d =
        one_error(supplement_day("item = \"calcium citrate\"\ncalcium_mg = 315\ndv_percent = 25\n"));
    CHECK(has(d.message, "not several"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 1);
  }
  SUBCASE("calcium_mg and salt_mg together") {
    const Diagnostic d = one_error("[[day]]\ndate = 2026-11-24\nsupplement = [\n"
                                   "  { item = \"calcium carbonate\", calcium_mg = 500, salt_mg = 1250 },\n]\n");
    CHECK(has(d.message, "not several"));
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 3); // the inline table's brace
  }
  SUBCASE("vitamin D twice") {
    const Diagnostic d = one_error(supplement_day("item = \"vitamin D3\"\niu = 1000\nvitamin_d_mcg = 25\n"));
    CHECK(has(d.message, "vitamin D once"));
    CHECK(d.where.line == 3);
  }
  SUBCASE("a negative label value") {
    const Diagnostic d = one_error(supplement_day("item = \"calcium citrate\"\ncalcium_mg = -315\n"));
    CHECK(has(d.message, "\"calcium_mg\" must be zero or more"));
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 14);
  }
  SUBCASE("an entry without an item") {
    const Diagnostic d = one_error(supplement_day("calcium_mg = 315\n"));
    CHECK(has(d.message, "no \"item\""));
    CHECK(d.where.line == 3);
  }
  SUBCASE("[day] instead of [[day]]") {
    const Diagnostic d = one_error("[day]\ndate = 2026-11-24\n");
    CHECK(has(d.message, "[[day]]"));
    CHECK(d.where.line == 1);
    CHECK(d.where.column == 1);
  }
  SUBCASE("age and birth_date together") {
    const Diagnostic d = one_error("[profile]\nage = 58\nbirth_date = 1968-03-02\n");
    CHECK(has(d.message, "not both"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 14);
  }
  SUBCASE("an unknown sex") {
    const Diagnostic d = one_error("[profile]\nsex = \"other\"\n");
    CHECK(has(d.message, "unknown sex \"other\""));
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 7);
    REQUIRE_FALSE(d.hints.empty());
    CHECK(has(d.hints[0], "female"));
  }
  SUBCASE("an age that is not a whole number of years") {
    const Diagnostic d = one_error("[profile]\nage = 58.5\n");
    CHECK(has(d.message, "whole number"));
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 7);
  }
  SUBCASE("a flag that is not true/false") {
    const Diagnostic d = one_error("[profile]\nppi = \"yes\"\n");
    CHECK(has(d.message, "\"ppi\" must be true or false"));
    CHECK(d.where.column == 7);
  }
}

TEST_CASE("all errors are reported, in file order; a day without a usable date is dropped") {
  const DiaryRead r = read_diary(R"([[day]]
date = "2026-11-23"
food = ["milk 1 cup"]

[[day]]
date = 2026-11-24
food = ["milk 1 cup"]

[[day]]
date = 2026-11-25
food = [{ item = "milk", count = 0 }, { item = "kale", amount = "0 cups" }]
)",
                                 "diary.toml");
  REQUIRE(r.errors.size() == 3u);
  CHECK(r.errors[0].where.line == 2);
  CHECK(r.errors[1].where.line == 11);
  CHECK(r.errors[2].where.line == 11);
  CHECK(r.errors[1].where.column < r.errors[2].where.column);
  // The day dated by a string cannot be placed; the others are kept.
  REQUIRE(r.value.days.size() == 2u);
  CHECK(r.value.days[0].date == nov(24));
  CHECK(r.value.days[1].date == nov(25));
}

TEST_CASE("read_profile_file") {
  SUBCASE("a [profile] table") {
    const ProfileRead r = read_profile_file("[profile]\nage = 30\nsex = \"male\"\n", "me.toml");
    CHECK(r.errors.empty());
    CHECK(r.value.profile.present);
    CHECK(r.value.profile.age == 30);
    CHECK(r.value.profile.sex == Sex::male);
  }
  SUBCASE("the profile keys at the top level") {
    const ProfileRead r = read_profile_file("age = 30\nsex = \"female\"\nppi = true\n", "me.toml");
    CHECK(r.errors.empty());
    CHECK(r.value.profile.present);
    CHECK(r.value.profile.age == 30);
    CHECK(r.value.profile.sex == Sex::female);
    CHECK(r.value.profile.ppi);
  }
  SUBCASE("errors are located") {
    const ProfileRead r = read_profile_file("age = 30\nagee = 31\n", "me.toml");
    REQUIRE(r.errors.size() == 1u);
    CHECK(has(r.errors[0].message, "did you mean \"age\"?"));
    CHECK(r.errors[0].where.file.str() == "me.toml");
    CHECK(r.errors[0].where.line == 2);
    CHECK(r.errors[0].where.column == 1);
  }
  SUBCASE("invalid TOML") {
    const ProfileRead r = read_profile_file("age = \n", "me.toml");
    REQUIRE(r.errors.size() == 1u);
    CHECK(r.errors[0].where.line == 1);
  }
}

} // TEST_SUITE
