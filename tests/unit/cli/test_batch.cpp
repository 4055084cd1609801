// Batches: inputs expanded in a stable order, work in parallel with results
// in input order, the progress line.

#include "cli/cmd/batch.hpp"
#include "cli/io/paths.hpp"
#include "cli/io/io.hpp"
#include "cli/term/progress.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

using namespace catrack::layers;
namespace fs = std::filesystem;

namespace {

// A scratch folder, removed at the end of the test.
struct Scratch {
  fs::path root = fs::temp_directory_path() / ("catrack-test-" + std::to_string(::getpid()));
  Scratch() { fs::create_directories(root); }
  ~Scratch() { fs::remove_all(root); }
  std::string file(const std::string& name) {
    const fs::path p = root / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "[[day]]\n";
    return p.string();
  }
};

} // namespace

TEST_CASE("run_in_order hands results over in input order whatever finishes first") {
  for (unsigned jobs : {1u, 2u, 4u, 16u}) {
    std::vector<std::size_t> seen;
    run_in_order<std::size_t>(
        50, jobs,
        [](std::size_t i) {
          // Early inputs take longest, so later ones finish first.
          std::this_thread::sleep_for(std::chrono::microseconds((50 - i) * 20));
          return i * 10;
        },
        [&](std::size_t i, std::size_t result) {
          CHECK(result == i * 10);
          seen.push_back(i);
          return true;
        });
    REQUIRE(seen.size() == 50);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
  }
}

TEST_CASE("run_in_order keeps at most 4 x jobs results waiting") {
  std::atomic<std::size_t> produced{0};
  std::size_t most_ahead = 0;
  run_in_order<int>(
      200, 2,
      [&](std::size_t) {
        ++produced;
        return 0;
      },
      [&](std::size_t i, int) {
        std::this_thread::sleep_for(std::chrono::microseconds(200)); // a slow consumer
        most_ahead = std::max(most_ahead, produced.load() - (i + 1));
        return true;
      });
  CHECK(produced == 200);
  CHECK(most_ahead <= 8);
}

TEST_CASE("run_in_order works on the calling thread too, and says when it waits for a slow input") {
  // Inputs take 1 ms on the calling thread and 200 ms on a worker: the
  // calling thread then has to wait for a worker's result, and says so
  // (after 50 ms), so that output held back can go out.
  const auto caller = std::this_thread::get_id();
  std::atomic<int> on_caller{0}, on_worker{0}, waits{0};
  std::vector<std::size_t> seen;
  run_in_order<std::size_t>(
      50, 2,
      [&](std::size_t i) {
        const bool here = std::this_thread::get_id() == caller;
        ++(here ? on_caller : on_worker);
        std::this_thread::sleep_for(std::chrono::milliseconds(here ? 1 : 200));
        return i;
      },
      [&](std::size_t i, std::size_t result) {
        CHECK(result == i);
        seen.push_back(i);
        return true;
      },
      [&] { ++waits; });
  REQUIRE(seen.size() == 50);
  for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
  CHECK(on_caller > 0);
  CHECK(on_worker > 0);
  CHECK(waits > 0);
}

TEST_CASE("standard output is written in blocks, yet promptly") {
  using Clock = Sink::Clock;
  Clock::time_point now{};
  const auto clock = [&] { return now; };
  std::ostringstream out;
  Sink sink(out, "", false, clock);
  sink.write("one\n");
  sink.write("two\n");
  CHECK(out.str().empty()); // held back
  now += std::chrono::milliseconds(150);
  sink.write("three\n"); // 0.1 s after the last block: all goes out
  CHECK(out.str() == "one\ntwo\nthree\n");
  sink.write("four\n");
  CHECK(out.str() == "one\ntwo\nthree\n");
  sink.flush(); // the batch waits for a slow file
  CHECK(out.str() == "one\ntwo\nthree\nfour\n");
  sink.write(std::string(70 * 1024, 'x')); // a full block
  CHECK(out.str().size() == 19 + 70 * 1024);
  sink.write("end\n");
  CHECK(sink.commit());
  CHECK(out.str().size() == 19 + 70 * 1024 + 4);

  std::ostringstream tty;
  Sink terminal(tty, "", true, clock);
  terminal.write("at once\n");
  CHECK(tty.str() == "at once\n");
}

TEST_CASE("an input is read whole, whatever it is") {
  Scratch s;
  const std::string path = s.file("big.toml");
  const std::string text(300 * 1024, '#');
  std::ofstream(path, std::ios::binary) << text;
  std::istringstream no_stdin;
  const auto input = read_input(path, no_stdin);
  REQUIRE(input);
  CHECK(input->text == text);

  const auto device = read_input("/dev/null", no_stdin); // a character device: read to its end
  REQUIRE(device);
  CHECK(device->text.empty());

  const auto folder = read_input(s.root.string(), no_stdin);
  REQUIRE_FALSE(folder);
  CHECK(folder.error().message == "cannot read: it is a folder with no *.toml diary in it");
  CHECK(folder.error().where.file.str() == s.root.string());

  const fs::path fifo = s.root / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto pipe = read_input(fifo.string(), no_stdin); // no writer: refused, not waited on
  REQUIRE_FALSE(pipe);
  CHECK(pipe.error().message == "cannot read: it is a named pipe (FIFO)");

  const auto missing = read_input((s.root / "nothing.toml").string(), no_stdin);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message == "cannot read: no such file");
}

TEST_CASE("run_in_order stops when the consumer says so, and passes on a failure") {
  std::atomic<std::size_t> produced{0};
  std::size_t consumed = 0;
  run_in_order<int>(
      10000, 2,
      [&](std::size_t) {
        ++produced;
        return 1;
      },
      [&](std::size_t, int) { return ++consumed < 3; });
  CHECK(consumed == 3);
  CHECK(produced < 100); // the workers stopped too

  CHECK_THROWS_WITH_AS(run_in_order<int>(
                           100, 3,
                           [](std::size_t i) {
                             if (i == 42) throw std::runtime_error("input 42 failed");
                             return 0;
                           },
                           [](std::size_t, int) { return true; }),
                       "input 42 failed", std::runtime_error);
}

TEST_CASE("expand_inputs: folders give their *.toml files sorted, hidden ones skipped") {
  Scratch s;
  const std::string b = s.file("diaries/b.toml");
  const std::string a = s.file("diaries/a.toml");
  const std::string nested = s.file("diaries/2026/c.toml");
  s.file("diaries/.drafts/hidden.toml");
  s.file("diaries/.hidden.toml");
  s.file("diaries/notes.txt");
  const std::string dir = (s.root / "diaries").string();
  CHECK(expand_inputs({dir}) == std::vector<std::string>{nested, a, b});
  // Files, "-" and missing paths stay as given, in their places.
  CHECK(expand_inputs({b, "-", "missing.toml", dir}) == std::vector<std::string>{b, "-", "missing.toml", nested, a, b});
  // A folder without diaries stays, to be reported rather than skipped.
  fs::create_directories(s.root / "empty");
  CHECK(expand_inputs({(s.root / "empty").string()}) == std::vector<std::string>{(s.root / "empty").string()});
}

TEST_CASE("expand_inputs: a pattern the shell left is matched, sorted; no match stays for the error") {
  Scratch s;
  const std::string one = s.file("x/d1.toml");
  const std::string two = s.file("x/d2.toml");
  s.file("x/e1.toml");
  const std::string pattern = (s.root / "x" / "d?.toml").string();
  CHECK(expand_inputs({pattern}) == std::vector<std::string>{one, two});
  const std::string none = (s.root / "x" / "z*.toml").string();
  CHECK(expand_inputs({none}) == std::vector<std::string>{none});
}

TEST_CASE("read_path_list: one path a line, blank lines skipped, CR dropped") {
  std::istringstream list("a.toml\n\nb c.toml\r\n  \n/abs/d.toml");
  CHECK(read_path_list(list) == std::vector<std::string>{"a.toml", "b c.toml", "  ", "/abs/d.toml"});
}

TEST_CASE("progress_line fits its width and counts files") {
  CHECK(progress_line(0, 10000, 79, false) == "[" + std::string(40, '.') + "]  0/10000 files");
  CHECK(progress_line(5000, 10000, 79, false) == "[" + std::string(20, '#') + std::string(20, '.') + "]  5000/10000 files");
  CHECK(progress_line(10000, 10000, 79, false).size() <= 79);
  CHECK(progress_line(1, 4, 79, true).find("\u2588") != std::string::npos);
}

TEST_CASE("Progress draws nothing when not enabled (not a terminal, or --quiet)") {
  std::ostringstream err;
  Progress progress(err, false, 1000, false);
  for (std::size_t i = 1; i <= 1000; ++i) progress.update(i);
  progress.clear();
  CHECK(err.str().empty());
}

TEST_CASE("Progress draws after half a second, then erases its line") {
  std::ostringstream err;
  auto now = Progress::Clock::time_point{};
  Progress progress(err, true, 10, false, [&] { return now; });
  now += std::chrono::milliseconds(499);
  progress.update(1);
  CHECK(err.str().empty()); // a batch done within half a second shows nothing
  now += std::chrono::milliseconds(21);
  progress.update(5);
  std::string drawn = "\r";
  drawn += progress_line(5, 10, 79, false);
  CHECK(err.str() == drawn);
  progress.clear();
  CHECK(err.str().ends_with("\r\x1b[K"));
  progress.clear(); // nothing more to erase
  CHECK(err.str() == drawn + "\r\x1b[K");
}
