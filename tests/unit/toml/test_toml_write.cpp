// The TOML text the writers build from values: it must read back
// (toml::parse) to the same value.

#include "catrack/toml/parse.hpp"
#include "catrack/toml/write.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace catrack::layers;

TEST_SUITE("toml_write") {

TEST_CASE("TOML strings: quotes, backslashes, control characters and UTF-8") {
  CHECK(quoted("milk") == "\"milk\"");
  CHECK(quoted("say \"cheese\"") == "\"say \\\"cheese\\\"\"");
  CHECK(quoted("a\\b") == "\"a\\\\b\"");
  CHECK(quoted("two\nlines\tand\r") == "\"two\\nlines\\tand\\r\"");
  CHECK(quoted(std::string("bell\x07 nul", 9) + std::string(1, '\0') + "\x7f") ==
        "\"bell\\u0007 nul\\u0000\\u007F\"");
  CHECK(quoted("crème brûlée µg") == "\"crème brûlée µg\"");
  CHECK(quoted("bad \xFF byte") == "\"bad \xEF\xBF\xBD byte\""); // TOML is UTF-8 only
  CHECK(quoted("\xE2\x82") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\""); // a cut sequence
}

TEST_CASE("numbers: the shortest text that reads back the same") {
  CHECK(catrack::toml::number(300) == "300");
  CHECK(catrack::toml::number(276.5) == "276.5");
  CHECK(catrack::toml::number(0.1 + 0.2) == "0.30000000000000004");
  for (double x : {0.1 + 0.2, 1e20, 236.5882365, 1.0 / 3}) {
    const std::string text = "x = " + catrack::toml::number(x);
    const auto doc = parse(text, "t.toml");
    REQUIRE(doc);
    CHECK(*doc->root().get("x")->as_floating_point() == x);
  }
}

TEST_CASE("keys: bare where TOML allows, else quoted") {
  CHECK(key("cup") == "cup");
  CHECK(key("snack_bar-2") == "snack_bar-2");
  CHECK(key("fl oz") == "\"fl oz\"");
  CHECK(key("crème") == "\"crème\"");
  CHECK(key("") == "\"\"");
}

TEST_CASE("string lists") {
  CHECK(string_list({}) == "[]");
  CHECK(string_list({"vegan", "say \"hi\""}) == "[\"vegan\", \"say \\\"hi\\\"\"]");
}

} // TEST_SUITE
