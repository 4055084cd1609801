#pragma once
// Values as TOML text, for the writers of diaries, profiles and food records:
// what they write reads back (toml::parse) to the same value.

#include <string>
#include <string_view>
#include <vector>

namespace catrack::toml {

// A TOML basic string, quotes included: quotes, backslashes and control
// characters escaped; UTF-8 kept; a byte that is not UTF-8 becomes U+FFFD.
std::string quoted(std::string_view text);

// The shortest text that reads back as the same double ("276.5", "300",
// "1e+20"): valid TOML, integer or float.
std::string number(double value);

// ["a", "b"]
std::string string_list(const std::vector<std::string>& items);

// A key as written before " = ": bare when TOML allows it (cup), else quoted ("fl oz").
std::string key(std::string_view name);

} // namespace catrack::toml
