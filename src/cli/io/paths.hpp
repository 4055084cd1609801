#pragma once
// The diaries a batch reads, in order: files as given, directories walked
// for *.toml, patterns the shell left unexpanded, and paths listed in a file.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace catrack::cli::io {

// Expands each argument in place:
// - a directory: its *.toml files, recursively, in path order; hidden files
//   and folders (a leading dot) are skipped and symlinked folders not followed;
//   a folder without any stays, for read_input to report;
// - a path that does not exist but has * ? or [ in it: the files it matches,
//   sorted (a quoted glob, or a list too long for the shell);
// - anything else as given ("-", a file, a missing file: read_input reports it).
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

// The paths in a --files-from list: one a line; blank lines skipped, a
// trailing CR dropped.
std::vector<std::string> read_path_list(std::istream& list);

} // namespace catrack::cli::io
