// The command line as a whole, run in-process: exit statuses, -o, format
// choice by extension, usage errors. The end-to-end goldens in tests/e2e
// cover the exact output of the real binary.

#include "cli/app.hpp"
#include "layers.hpp"

#include <cstdio>
#include <unistd.h>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace catrack::layers;
namespace fs = std::filesystem;

namespace {

struct Run {
  int status;
  std::string out, err;
};

Run run_catrack(std::vector<std::string> args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  Environment env; // not a terminal, no colour
  const int status = run(args, in, out, err, env);
  return {status, out.str(), err.str()};
}

std::string example(const std::string& name) { return std::string(CATRACK_SOURCE_DIR) + "/examples/" + name; }

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* good_diary = "[profile]\nage = 40\n[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 4 cups\"]\n";
const char* low_diary = "[profile]\nage = 40\n[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n";

} // namespace

TEST_SUITE("cli") {
  TEST_CASE("report exits 0 and ends with the reminder") {
    auto r = run_catrack({"-"}, good_diary);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.size() > 0);
    const std::string last_line = "An estimate for discussion with your care team, not medical advice.\n";
    CHECK(r.out.substr(r.out.size() - last_line.size()) == last_line);
  }

  TEST_CASE("check: 0 when clean, 1 on findings, --fail-on moves the bar") {
    // 4 cups of skim milk: 980 g x 1.22 = 1195.6 mg, above the 1000 mg target.
    CHECK(run_catrack({"check", "-"}, good_diary).status == 0);
    // 1 cup: 298.9 mg, below the 800 mg floor: below-floor is a warning.
    CHECK(run_catrack({"check", "-"}, low_diary).status == 1);
    CHECK(run_catrack({"check", "--fail-on", "alert", "-"}, low_diary).status == 0);
    // 4 cups miss the vitamin D target: an info note.
    CHECK(run_catrack({"check", "--fail-on", "info", "-"}, good_diary).status == 1);
  }

  TEST_CASE("an input error exits 2 and the other files are still reported") {
    auto r = run_catrack({"check", example("one-day.toml"), "no-such-file.toml", example("custom-foods.toml")});
    CHECK(r.status == 2);
    CHECK(r.out.find("one-day.toml") != std::string::npos);
    CHECK(r.out.find("custom-foods.toml") != std::string::npos);
    CHECK(r.err.find("no-such-file.toml: error: cannot read: no such file") != std::string::npos);
  }

  TEST_CASE("usage errors exit 2 with a hint") {
    auto r = run_catrack({"--no-such-flag", "x.toml"});
    CHECK(r.status == 2);
    CHECK(r.err.find("catrack: error:") == 0);
    CHECK(r.err.find("catrack --help") != std::string::npos);
    CHECK(run_catrack({}).status == 2);
    CHECK(run_catrack({"--format", "xml", "-"}, good_diary).status == 2);
    CHECK(run_catrack({"-", "-"}, good_diary).status == 2);
    CHECK(run_catrack({"check", "--detail", "-"}, good_diary).status == 2); // --detail is report's
  }

  TEST_CASE("--help and --version exit 0") {
    auto help = run_catrack({"--help"});
    CHECK(help.status == 0);
    CHECK(help.out.find("--format") != std::string::npos);
    CHECK(help.out.find("Exit status") != std::string::npos);
    auto version = run_catrack({"--version"});
    CHECK(version.status == 0);
    CHECK(version.out.rfind("catrack ", 0) == 0);
  }

  TEST_CASE("-o writes the file, picks the format from its extension, leaves no temporary") {
    const fs::path dir = fs::temp_directory_path() / ("catrack-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path json = dir / "out.json";
    auto r = run_catrack({"-o", json.string(), "-"}, good_diary);
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    const std::string text = slurp(json);
    CHECK(text.rfind("{\"schema\":1,\"kind\":\"report\",\"diaries\":[", 0) == 0);
    CHECK_FALSE(fs::exists(dir / "out.json.catrack-tmp"));

    const fs::path csv = dir / "out.csv";
    CHECK(run_catrack({"-o", csv.string(), "-"}, good_diary).status == 0);
    CHECK(slurp(csv).rfind("file,date,calcium_mg,", 0) == 0);

    // --format wins over the extension.
    CHECK(run_catrack({"--format", "tsv", "-o", csv.string(), "-"}, good_diary).status == 0);
    CHECK(slurp(csv).rfind("file\tdate\tcalcium_mg\t", 0) == 0);

    // An unwritable place is an error, and nothing is left behind.
    auto bad = run_catrack({"-o", (dir / "missing-dir" / "x.json").string(), "-"}, good_diary);
    CHECK(bad.status == 2);
    fs::remove_all(dir);
  }

  TEST_CASE("--merge joins files into one diary; differing profiles are an error") {
    const fs::path dir = fs::temp_directory_path() / ("catrack-merge-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    {
      std::ofstream(dir / "a.toml") << "[profile]\nage = 40\n[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n";
      std::ofstream(dir / "b.toml") << "[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n";
      std::ofstream(dir / "c.toml") << "[profile]\nage = 41\n[[day]]\ndate = 2026-11-25\nfood = [\"milk, skim 1 cup\"]\n";
    }
    auto merged = run_catrack({"--merge", "--format", "csv", (dir / "a.toml").string(), (dir / "b.toml").string()});
    CHECK(merged.status == 0);
    // One day: 2 x 298.9 = 597.8 -> 598.
    CHECK(merged.out.find(",2026-11-24,598,598,0,") != std::string::npos);
    auto clash = run_catrack({"--merge", (dir / "a.toml").string(), (dir / "c.toml").string()});
    CHECK(clash.status == 2);
    CHECK(clash.err.find("differs from the one in") != std::string::npos);
    fs::remove_all(dir);
  }
}

TEST_SUITE("commands") {
  TEST_CASE("a mistyped command is named, not read as a missing diary") {
    auto r = run_catrack({"chek", "x.toml"});
    CHECK(r.status == 2);
    CHECK(r.err.find("unknown command \"chek\"; did you mean \"check\"?") != std::string::npos);
    r = run_catrack({"sugest", "--gap", "300"});
    CHECK(r.err.find("did you mean \"suggest\"?") != std::string::npos);
    // A path, or a word far from every command, is a diary.
    CHECK(run_catrack({"no-such-diary.toml"}).err.find("cannot read") != std::string::npos);
    CHECK(run_catrack({"breakfast"}).err.find("cannot read") != std::string::npos);
  }

  TEST_CASE("catrack help CMD shows that command's help") {
    auto r = run_catrack({"help", "check"});
    CHECK(r.status == 0);
    CHECK(r.out.find("Usage: catrack check") != std::string::npos);
    r = run_catrack({"help"});
    CHECK(r.out.find("Commands:") != std::string::npos);
    CHECK(r.out.find("catrack help [COMMAND]") == std::string::npos); // "Each command has --help" says it
    r = run_catrack({"help", "nope"});
    CHECK(r.status == 2);
    CHECK(r.err.find("no command \"nope\"") != std::string::npos);
  }

  TEST_CASE("the top-level help lists every command from the table") {
    const auto r = run_catrack({"--help"});
    for (const char* usage : {"catrack [report] FILE...", "catrack check FILE...", "catrack foods [QUERY]",
                              "catrack suggest --gap MG", "catrack rules [CODE]", "catrack import APP FILE"})
      CHECK_MESSAGE(r.out.find(usage) != std::string::npos, usage);
  }

  TEST_CASE("--foods - and --profile - count as uses of standard input") {
    auto r = run_catrack({"--foods", "-", "-"}, good_diary);
    CHECK(r.status == 2);
    CHECK(r.err.find("standard input (-) can be read only once") != std::string::npos);
    r = run_catrack({"--profile", "-", "-"}, good_diary);
    CHECK(r.status == 2);
    CHECK(r.err.find("standard input (-) can be read only once") != std::string::npos);
  }
}
