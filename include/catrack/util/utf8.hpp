#pragma once
// UTF-8, checked the one way every reader and writer of catrack needs.

#include <cstddef>
#include <string_view>

namespace catrack::util {

// The length of the valid UTF-8 sequence that starts at byte `i` of `text`
// (1 for ASCII), or 0 when it is not one: a stray continuation byte, a
// sequence cut short, an overlong form, a surrogate or a code point past
// U+10FFFF.
std::size_t utf8_length(std::string_view text, std::size_t i);

} // namespace catrack::util
