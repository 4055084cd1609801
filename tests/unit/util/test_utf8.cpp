#include "catrack/util/utf8.hpp"

#include <doctest/doctest.h>

using catrack::util::utf8_length;

TEST_CASE("utf8_length: one check of UTF-8 for every reader and writer") {
  CHECK(utf8_length("a", 0) == 1u);
  CHECK(utf8_length("\xC3\xA8", 0) == 2u);         // è
  CHECK(utf8_length("\xE2\x82\xAC", 0) == 3u);     // €
  CHECK(utf8_length("\xF0\x9F\x8D\x8E", 0) == 4u); // an emoji
  CHECK(utf8_length("\xC3", 0) == 0u);             // cut short
  CHECK(utf8_length("\x80", 0) == 0u);             // a stray continuation byte
  CHECK(utf8_length("\xC0\xAF", 0) == 0u);         // overlong
  CHECK(utf8_length("\xED\xA0\x80", 0) == 0u);     // a surrogate
  CHECK(utf8_length("\xF4\x90\x80\x80", 0) == 0u); // past U+10FFFF
  CHECK(utf8_length("ab", 2) == 0u);               // past the end
}
