#pragma once
// One function per command, given its command line as read (cli/args); the
// command table in app.cpp picks one.

#include "cli/args/args.hpp"
#include "cli/streams.hpp"

namespace catrack::cli::cmd {

int run_report(const args::Report& args, Streams io);
int run_foods(const args::Foods& args, Streams io);
int run_rules(const args::Rules& args, Streams io);
int run_suggest(const args::Suggest& args, Streams io);
int run_import(const args::Import& args, Streams io);

} // namespace catrack::cli::cmd
