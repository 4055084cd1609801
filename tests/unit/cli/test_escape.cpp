// html_escape and markdown_escape: no diary string is markup, hidden or
// reordering text.

#include "cli/render/escape.hpp"

#include <doctest/doctest.h>

#include "layers.hpp"

using namespace catrack::layers;

TEST_SUITE("cli") {

TEST_CASE("html_escape: markup characters as entities") {
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape(R"(mum's "best" mac & cheese)") == "mum&#39;s &quot;best&quot; mac &amp; cheese");
  CHECK(html_escape("&amp;") == "&amp;amp;");
  CHECK(html_escape("plain, 1 1/2 cup") == "plain, 1 1/2 cup");
}

TEST_CASE("html_escape: controls and bidi overrides shown, not obeyed; UTF-8 kept; bad bytes replaced") {
  CHECK(html_escape("a\x1b[31mb\n") == "a\\x1b[31mb\\x0a");
  CHECK(html_escape("milk \u202Eknil\u202C") == "milk \\u202eknil\\u202c");
  CHECK(html_escape("\u2066x\u2069\u200F\u061C") == "\\u2066x\\u2069\\u200f\\u061c");
  CHECK(html_escape("\xC2\x85") == "\\u0085"); // a C1 control
  CHECK(html_escape("crème fraîche, 豆腐, 🥛") == "crème fraîche, 豆腐, 🥛");
  CHECK(html_escape("a\xff") == "a\uFFFD");
}

TEST_CASE("markdown_escape: every character that could start markup, and a table's |") {
  CHECK(markdown_escape("*bold* _it_ `code` [link](x) <b> a|b ~~s~~ # ! &amp;") ==
        "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> a\\|b \\~\\~s\\~\\~ \\# \\! \\&amp;");
  CHECK(markdown_escape("back\\slash") == "back\\\\slash");
  CHECK(markdown_escape("a\u202Eb\nc") == "a\\u202eb\\x0ac");
  CHECK(markdown_escape("1200 mg, 50 %") == "1200 mg, 50 %");
}

} // TEST_SUITE
