#pragma once
// The two shapes an outcome takes in catrack. Result<T>: a value, or the one
// error that stopped it (tl::expected, Debian's libexpected-dev). Parsed<T>:
// a reader's value with every error and warning it found, because a reader
// goes on after a mistake so that one run lists them all.

#include "catrack/util/diagnostic.hpp"

#include <tl/expected.hpp>

namespace catrack::util {

template <class T>
using Result = tl::expected<T, Diagnostic>;

inline tl::unexpected<Diagnostic> fail(Diagnostic error) { return tl::unexpected<Diagnostic>(std::move(error)); }

template <class T>
struct Parsed {
  T value{};
  Diagnostics errors;   // any error: the value must not be reported
  Diagnostics warnings; // what changes no total but a reader should see
  bool ok() const { return errors.empty(); }
};

} // namespace catrack::util
