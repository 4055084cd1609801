// THE SOURCE RULE (foods/README.md §4): every bundled food names where its
// values come from, in one of a few fixed forms: a food composition table
// entry by its ID, or a product label with its market, year and where it was
// read. Every supplement sold as a product (calcium_mg per tablet) cites its
// label. The SR28 rows are checked against the extract in test_food_data.cpp
// and test_food_nutrients.cpp; this file checks the form of every source.

#include "catrack/bundled/table.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <string>

using namespace catrack::layers;

namespace {

// The form a source has, or "" when it has none of the accepted forms.
// A table citation may be followed by "; " and more text.
std::string source_form(const std::string& source) {
  struct Form {
    const char* name;
    std::regex pattern;
  };
  static const Form forms[] = {
      // USDA National Nutrient Database for Standard Reference, Release 28:
      // the five-digit NDB number, leading zero kept.
      {"sr28", std::regex(R"(^USDA SR28 \d{5}(; .+)?$)")},
      // USDA FNDDS (its release years) and an 8-digit food code, or a
      // FoodData Central food by its FDC ID.
      {"fndds", std::regex(R"(^USDA FNDDS \d{4}-\d{4} \d{8}(; .+)?$)")},
      {"fdc", std::regex(R"(^USDA FDC \d{6,7}(; .+)?$)")},
      // UK McCance and Widdowson's CoFID (its year) and a food code "12-313".
      {"cofid", std::regex(R"(^UK CoFID \d{4} \d{2}-\d{3,4}(; .+)?$)")},
      // Norway's Matvaretabellen (its year) and a food ID "01.119".
      {"matvaretabellen", std::regex(R"(^Matvaretabellen \d{4} \d{2}\.\d{3}(; .+)?$)")},
      // Denmark's Frida (its version) and a food ID.
      {"frida", std::regex(R"(^Frida \d+(\.\d+)* \d{1,5}(; .+)?$)")},
      // The Netherlands' NEVO (its year) and a NEVO code.
      {"nevo", std::regex(R"(^NEVO \d{4} \d{1,5}(; .+)?$)")},
      // The Canadian Nutrient File (its year) and a food code.
      {"cnf", std::regex(R"(^CNF \d{4} \d{1,6}(; .+)?$)")},
      // A label: "label: PRODUCT (MAKER), MARKET, YEAR; WHAT IT SAYS; read at WHERE".
      // MARKET is a country code or name; YEAR is the label's year, or "year
      // not shown" when the copy read did not show one.
      {"label", std::regex(R"(^label: [^;()]+ \([^;()]+\), ([A-Z]{2}|[A-Z][a-z]+( [A-Z][a-z]+)*), )"
                           R"((\d{4}|year not shown); [^;].*; read at \S.*$)")},
  };
  for (const auto& f : forms)
    if (std::regex_match(source, f.pattern)) return f.name;
  return "";
}

} // namespace

TEST_SUITE("food_sources") {

TEST_CASE("the accepted source forms") {
  CHECK(source_form("USDA SR28 01077") == "sr28");
  CHECK(source_form("USDA FNDDS 2019-2020 11350000") == "fndds");
  CHECK(source_form("USDA FDC 2257046") == "fdc");
  CHECK(source_form("UK CoFID 2021 12-313") == "cofid");
  CHECK(source_form("UK CoFID 2021 11-1029") == "cofid");
  CHECK(source_form("Matvaretabellen 2024 01.119") == "matvaretabellen");
  CHECK(source_form("Matvaretabellen 2024 13.123; oat-based beverage with calcium and vitamin D") ==
        "matvaretabellen");
  CHECK(source_form("Frida 5.3 1234") == "frida");
  CHECK(source_form("NEVO 2023 286") == "nevo");
  CHECK(source_form("CNF 2015 61") == "cnf");
  CHECK(source_form("label: Oat Drink Semi (Oatly), UK, 2025; calcium 120 mg per 100 ml; read at oatly.com") ==
        "label");
  CHECK(source_form("label: Dryk oat drinks (Dryk), Denmark, year not shown; calcium 120 mg per 100 ml; read at "
                    "dryk.dk/faq-2") == "label");
}

TEST_CASE("sources of another form are refused") {
  CHECK(source_form("").empty());
  CHECK(source_form("USDA SR28 1077").empty());           // four digits: the leading zero dropped
  CHECK(source_form("USDA SR28 01077 01078").empty());    // two numbers
  CHECK(source_form("USDA FNDDS 11350000").empty());      // no release
  CHECK(source_form("UK CoFID 12-313").empty());          // no year
  CHECK(source_form("Matvaretabellen: Quark, 1 % fat (food ID not shown in stored page)").empty()); // no ID
  CHECK(source_form("NEVO haverdrank").empty());
  CHECK(source_form("label: Fortisip Bottle").empty());   // no maker, market, year or place read
  CHECK(source_form("label: Fortisip Bottle (Nutricia), UK; 182 mg per 200 ml; read at en.wikipedia.org").empty());
  CHECK(source_form("label: Fortisip Bottle (Nutricia), UK, 2019; 182 mg per 200 ml").empty()); // where it was read
  CHECK(source_form("SECONDARY: Medscape drug monograph, as copied at minclinic.eu").empty());
  CHECK(source_form("DailyMed label, TUMS Regular Strength: elemental calcium 200 mg").empty());
}

TEST_CASE("every bundled food cites a food table entry by its ID or a product label") {
  int foods = 0;
  int other_than_sr28 = 0;
  for (const Food& food : bundled_food_records()) {
    if (food.kind != FoodKind::food) continue;
    INFO(food.name, ": source \"", food.source, "\"");
    const std::string form = source_form(food.source);
    CHECK_FALSE(form.empty());
    ++foods;
    if (form != "sr28") ++other_than_sr28;
  }
  CHECK(foods > 700);
  MESSAGE(other_than_sr28 << " bundled foods cite a source other than SR28");
}

TEST_CASE("a food that does not cite SR28 gives its calcium per 100 g or 100 ml, as its source does") {
  for (const Food& food : bundled_food_records()) {
    if (food.kind != FoodKind::food) continue;
    const std::string form = source_form(food.source);
    if (form.empty() || form == "sr28") continue;
    INFO(food.name, ": source \"", food.source, "\"");
    // Composition tables publish per 100 g; labels per 100 g or per 100 ml.
    const bool per_100 = food.per.value == 100.0 &&
                         (food.per.kind == Quantity::Kind::grams || food.per.kind == Quantity::Kind::millilitres);
    CHECK(per_100);
    if (form != "label") CHECK(food.per.kind == Quantity::Kind::grams);
    // Every bundled food has a texture class.
    CHECK_FALSE(food.texture.empty());
  }
}

TEST_CASE("every supplement product (calcium per tablet) cites its label") {
  int products = 0;
  for (const Food& food : bundled_food_records()) {
    if (food.kind != FoodKind::supplement || food.calcium_fraction) continue;
    if (food.form == "vitamin-d" || food.calcium_mg == 0.0) continue; // no amount of its own
    INFO(food.name, ": source \"", food.source, "\"");
    CHECK(source_form(food.source) == "label");
    CHECK(food.per.kind == Quantity::Kind::portion);
    ++products;
  }
  CHECK(products >= 10);
}

} // TEST_SUITE
