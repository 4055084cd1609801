#pragma once
// The command line of each command as plain values: what the user typed,
// not yet checked against anything but its own syntax. args.cpp is the one
// file that sees CLI11; the commands see these structs, and cmd/config.hpp
// turns them into what a run needs.

#include "cli/streams.hpp"

#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace catrack::cli::args {

// The output formats every command takes, as --format spells them.
inline constexpr const char* formats[] = {"text", "json", "ndjson", "csv", "tsv"};
// The page formats, for people to read or print: `catrack report` only.
inline constexpr const char* page_formats[] = {"html", "md"};

struct FoodFiles {
  std::vector<std::string> files; // --foods, in order
  bool no_config = false;
};

struct Report {
  bool check = false; // `catrack check`: the batch verdict
  std::vector<std::string> files;
  std::string files_from;
  std::string format;
  std::string color = "auto";
  std::string output;
  std::string profile_file;
  std::string fail_on = "warn";
  std::string begin;
  std::string end;
  bool weekly = false;
  bool monthly = false;
  bool merge = false;
  bool detail = false;
  bool quiet = false;
  unsigned jobs = 0; // 0: one per core
  std::string input_format = "auto";
  std::optional<double> dv_basis;
  FoodFiles foods;
};

struct Foods {
  std::vector<std::string> words;
  std::string show;
  std::string format = "text";
  std::size_t limit = 10;
  FoodFiles foods;
};

struct Rules {
  std::string code;
  std::string format = "text";
};

struct Suggest {
  std::optional<double> gap;
  std::string from;
  std::vector<std::string> diet;
  std::string dysphagia;
  std::string format = "text";
  std::size_t limit = 3;
  FoodFiles foods;
};

struct Import {
  std::string app;
  std::string file;
  std::string output;
  std::optional<double> dv_basis;
};

// Each fills its struct from the words after the command's name. The exit
// status when the command ends here: after --help or --version (0), or a
// usage error (2), said on `io`.
// `about`: the description that --help shows (the command list, for the
// default command).
std::optional<int> parse(const std::vector<std::string>& words, Report& into, Streams io, std::string_view about);
std::optional<int> parse(const std::vector<std::string>& words, Foods& into, Streams io);
std::optional<int> parse(const std::vector<std::string>& words, Rules& into, Streams io);
std::optional<int> parse(const std::vector<std::string>& words, Suggest& into, Streams io);
std::optional<int> parse(const std::vector<std::string>& words, Import& into, Streams io);

} // namespace catrack::cli::args
