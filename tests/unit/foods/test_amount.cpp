// Amount strings as people write them (docs: spec §2 "amount"), the
// "<item> <amount>" shorthand, and the number formatting used for display.

#include "catrack/foods/amount.hpp"
#include "catrack/util/numbers.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <string>
#include <variant>

using namespace catrack::layers;

namespace {

// The parsed amount; fails the check (and returns a zero amount) on an error.
Amount ok(std::string_view text) {
  auto parsed = parse_amount(text);
  INFO("amount: \"", std::string(text), "\"", parsed ? std::string() : " error: " + parsed.error().message);
  REQUIRE(parsed);
  return *parsed;
}

// An error: its message, and the byte of the text where it starts.
struct Bad {
  std::string message;
  std::size_t offset;
};

Bad bad(std::string_view text) {
  auto parsed = parse_amount(text);
  INFO("amount: \"", std::string(text), "\"");
  REQUIRE_FALSE(parsed);
  return {parsed.error().message, static_cast<std::size_t>(parsed.error().where.column)};
}

} // namespace

TEST_SUITE("amount") {

TEST_CASE("parse_amount reads whole numbers, decimals and fractions") {
  SUBCASE("an integer without a unit is a count of the default portion") {
    const Amount a = ok("2");
    CHECK(a.number == 2.0);
    CHECK(a.unit.empty());
  }
  SUBCASE("a decimal") {
    const Amount a = ok("1.5 cups");
    CHECK(a.number == 1.5);
    CHECK(a.unit == "cups");
  }
  SUBCASE("a leading-dot decimal") {
    const Amount a = ok(".5");
    CHECK(a.number == 0.5);
    CHECK(a.unit.empty());
    CHECK(ok(".25 cup").number == 0.25);
  }
  SUBCASE("a fraction") {
    const Amount a = ok("1/2");
    CHECK(a.number == 0.5);
    CHECK(a.unit.empty());
    const Amount b = ok("3/4 cup");
    CHECK(b.number == 0.75); // 3 / 4
    CHECK(b.unit == "cup");
  }
  SUBCASE("a mixed number") {
    const Amount a = ok("1 1/2");
    CHECK(a.number == 1.5); // 1 + 1/2
    CHECK(a.unit.empty());
    const Amount b = ok("2 1/4 slices");
    CHECK(b.number == 2.25); // 2 + 1/4
    CHECK(b.unit == "slices");
  }
  SUBCASE("a unit attached to the number") {
    const Amount a = ok("170g");
    CHECK(a.number == 170.0);
    CHECK(a.unit == "g");
    const Amount b = ok("1/2cup");
    CHECK(b.number == 0.5);
    CHECK(b.unit == "cup");
  }
  SUBCASE("the unit is kept as written: plural, case, inner spaces") {
    CHECK(ok("2 Slices").unit == "Slices");
    CHECK(ok("3 cups").unit == "cups");
    CHECK(ok("2 fl oz").unit == "fl oz");
    CHECK(ok("1 can").unit == "can");
  }
  SUBCASE("surrounding spaces are trimmed") {
    const Amount a = ok("   2   cups   ");
    CHECK(a.number == 2.0);
    CHECK(a.unit == "cups");
  }
  SUBCASE("twelve digits are still a number") {
    CHECK(ok("123456789012 g").number == 123456789012.0);
  }
}

TEST_CASE("parse_amount refuses what is not an amount, pointing at the problem") {
  SUBCASE("zero") {
    const Bad e = bad("0");
    CHECK(e.offset == 0u);
    CHECK(e.message.find("more than zero") != std::string::npos);
    CHECK(bad("0 cups").offset == 0u);
    CHECK(bad("0/2 cup").offset == 0u);
  }
  SUBCASE("negative") {
    const Bad e = bad("-1 cup");
    CHECK(e.offset == 0u);
    CHECK(e.message.find("more than zero") != std::string::npos);
    // The offset counts from the raw text, leading spaces included.
    CHECK(bad("  -1 cup").offset == 2u);
  }
  SUBCASE("a plus sign") {
    const Bad e = bad("+2");
    CHECK(e.offset == 0u);
    CHECK(e.message.find("sign") != std::string::npos);
  }
  SUBCASE("a decimal comma") {
    const Bad e = bad("1,5");
    CHECK(e.offset == 1u); // at the comma
    CHECK(e.message.find("decimal point") != std::string::npos);
  }
  SUBCASE("division by zero") {
    const Bad e = bad("1/0");
    CHECK(e.offset == 2u); // at the 0 after the slash
    CHECK(e.message.find("zero") != std::string::npos);
    CHECK(bad("1 1/0 cup").offset == 4u);
  }
  SUBCASE("two slashes") {
    CHECK(bad("2/3/4").offset == 3u); // at the second slash
  }
  SUBCASE("a mixed number whose fraction is 1 or more") {
    const Bad e = bad("1 3/2");
    CHECK(e.offset == 2u); // at the 3
    CHECK(e.message.find("less than 1") != std::string::npos);
    CHECK(bad("1 2/2").offset == 2u);
  }
  SUBCASE("a fraction of decimals") {
    CHECK(bad("1.5/2").offset == 0u);
    CHECK(bad("1/2.5").offset == 1u); // at the slash
  }
  SUBCASE("empty") {
    CHECK(bad("").offset == 0u);
    CHECK(bad("   ").offset == 0u);
    CHECK(bad("").message.find("empty") != std::string::npos);
  }
  SUBCASE("no number") {
    CHECK(bad("cup").offset == 0u);
    CHECK(bad("a cup").offset == 0u);
  }
  SUBCASE("digits in the unit") {
    const Bad e = bad("2 cups2");
    CHECK(e.offset == 6u); // "2 cups" is 6 characters; the 2 follows
    CHECK(e.message.find("'2'") != std::string::npos);
    CHECK(bad("2 c1p").offset == 3u);
    CHECK(bad("1 cup (240 ml)").offset == 6u); // at "("
  }
  SUBCASE("a trailing point or slash") {
    CHECK(bad("1.").offset == 1u);
    CHECK(bad("1/").offset == 1u);
    CHECK(bad("1.5.2").offset == 3u);
  }
  SUBCASE("two numbers without a fraction") {
    CHECK(bad("1 2").offset == 2u);
  }
  SUBCASE("numbers too long to be an amount") {
    const Bad e = bad("1234567890123");  // 13 digits
    CHECK(e.offset == 0u);
    CHECK(e.message.find("too long") != std::string::npos);
    CHECK(bad("99999999999999999999999999 g").offset == 0u);
    // A 400-digit run would overflow a double into inf.
    CHECK_FALSE(parse_amount(std::string(400, '9')));
    CHECK(bad("1/1234567890123").offset == 1u); // the denominator: at the slash
  }
}

TEST_CASE("format_number prints up to two decimals without trailing zeros") {
  CHECK(format_number(2) == "2");
  CHECK(format_number(100) == "100");
  CHECK(format_number(1.5) == "1.5");
  CHECK(format_number(0.5) == "0.5");
  CHECK(format_number(0.25) == "0.25");
  CHECK(format_number(1.0 / 3.0) == "0.33");
  CHECK(format_number(2.0 / 3.0) == "0.67");
  CHECK(format_number(298.9) == "298.9");
  CHECK(format_number(2.999) == "3");
  CHECK(format_number(0) == "0");
  CHECK(format_number(1250) == "1250"); // no thousands separator
}

} // TEST_SUITE

TEST_CASE("format_number rounds as printf's %.2f does") {
  for (double x : {0.0, 0.004, 0.005, 0.125, 0.375, 1.005, 2.675, 122.5, 298.9, 1234.5678, 99999.995, -0.5, -1.25}) {
    std::string expected = fmt::format("{:.2f}", x);
    while (expected.back() == '0') expected.pop_back();
    if (expected.back() == '.') expected.pop_back();
    INFO(x);
    CHECK(format_number(x) == expected);
  }
}

TEST_CASE("parse_amount reads decimals to the same double as strtod") {
  for (const char* text : {"0.1", "0.3", "1.15", "2.675", "12.3456789", "98765.4321", "123456789012", ".000000001",
                           "0.2999999999", "7"}) {
    INFO(text);
    CHECK(ok(text).number == std::strtod(text, nullptr));
  }
  CHECK(ok("1 1/3 cup").number == 1.0 + 1.0 / 3.0);
}

TEST_CASE("a mixed number with a numerator too large for a double is an error, not an exception") {
  const std::string text = "1 " + std::string(400, '9') + "/2 cups";
  CHECK(bad(text).message == "in a mixed number the fraction is less than 1, like 1 1/2");
}

TEST_CASE("format_whole writes whole numbers as fmt's {} does") {
  for (double x : {0.0, -0.0, 7.0, -12.0, 2054.0, 100000.0, 1e6, 1e15, 9999999999999998.0, 1e16, 1e21}) {
    INFO(x);
    CHECK(format_whole(x) == fmt::format("{}", x));
  }
}
