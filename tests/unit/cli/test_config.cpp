// What a run needs, worked out from the command line before anything is
// read: the rules about options, without a file or a terminal.

#include "cli/cmd/config.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

using namespace catrack::layers;
using catrack::cli::cmd::resolve;
using catrack::cli::cmd::stdin_uses;
namespace args = catrack::cli::args;

TEST_SUITE("config") {
  TEST_CASE("the format: --format, else -o's extension, else text") {
    args::Report a;
    Environment env;
    CHECK(resolve(a, env)->format == Format::text);
    a.output = "out.csv";
    CHECK(resolve(a, env)->format == Format::csv);
    a.format = "json";
    CHECK(resolve(a, env)->format == Format::json);
  }

  TEST_CASE("the page formats: report.html and notes.md pick them; check refuses them") {
    args::Report a;
    Environment env;
    a.output = "report.html";
    CHECK(resolve(a, env)->format == Format::html);
    a.output = "report.htm";
    CHECK(resolve(a, env)->format == Format::html);
    a.output = "notes.md";
    CHECK(resolve(a, env)->format == Format::md);
    a.output = "report.html";
    a.format = "md";
    CHECK(resolve(a, env)->format == Format::md); // --format wins
    a.check = true;
    a.format.clear();
    const auto refused = resolve(a, env);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("catrack report") != std::string::npos);
    a.output = "verdicts.csv";
    CHECK(resolve(a, env)->format == Format::csv);
  }

  TEST_CASE("colour: only text, only when asked or on a terminal without NO_COLOR") {
    args::Report a;
    Environment tty;
    tty.stdout_is_tty = tty.stderr_is_tty = true;
    CHECK(resolve(a, tty)->render.color);
    CHECK(resolve(a, tty)->err_style.on);
    tty.no_color = true;
    CHECK_FALSE(resolve(a, tty)->render.color);
    a.color = "always";
    CHECK(resolve(a, tty)->render.color);
    a.format = "csv";
    CHECK_FALSE(resolve(a, tty)->render.color);
  }

  TEST_CASE("the period: -b and -e, the end excluded; --weekly and --monthly are one or the other") {
    args::Report a;
    Environment env;
    a.begin = "2026-11";
    a.end = "2026-12";
    const auto c = resolve(a, env);
    REQUIRE(c);
    CHECK(c->render.range == "from 2026-11-01 before 2026-12-01");
    a.end = "2026-11-01";
    CHECK(resolve(a, env).error().message.find("is not before --end") != std::string::npos);
    a.end = "yesterdayish";
    CHECK(resolve(a, env).error().message.find("--end yesterdayish") == 0);
    a.end.clear();
    a.weekly = a.monthly = true;
    CHECK(resolve(a, env).error().message == "--weekly and --monthly: choose one");
  }

  TEST_CASE("check's threshold and the progress bar") {
    args::Report a;
    a.check = true;
    a.fail_on = "alert";
    Environment env;
    env.stderr_is_tty = true;
    auto c = resolve(a, env);
    CHECK(c->fail_on == catrack::rules::Severity::alert);
    CHECK(c->render.command == Command::check);
    CHECK(c->progress);
    a.quiet = true;
    CHECK_FALSE(resolve(a, env)->progress);
  }

  TEST_CASE("standard input is counted wherever it can be named") {
    args::Report a;
    CHECK(stdin_uses({"-"}, a) == 1u);
    a.foods.files = {"-"};
    CHECK(stdin_uses({"-"}, a) == 2u);
    a.foods.files.clear();
    a.profile_file = "-";
    CHECK(stdin_uses({"a.toml"}, a) == 1u);
    a.files_from = "-";
    CHECK(stdin_uses({"a.toml"}, a) == 2u);
    a.files = {"-"};
    CHECK(resolve(a, Environment{}).error().message == "standard input (-) can be read only once");
  }
}
