// fmt's implementation, compiled once into catrack instead of loaded from
// libfmt.so (a shared library to find, map and relocate at every start) or
// compiled into every file that includes <fmt/format.h> (FMT_HEADER_ONLY,
// which made a Release build slow). Every other file sees fmt's plain
// declarations; this one defines fmt's out-of-line functions (everything
// <fmt/format-inl.h> marks FMT_FUNC) and instantiates the templates that
// <fmt/core.h> and <fmt/format.h> declare but leave to the library.
//
// Written against fmt 9.1 (Debian 12's libfmt-dev). A new fmt that declares
// another such template shows up as an undefined fmt:: symbol at link time.
#if defined(FMT_HEADER_ONLY)
#error "fmt_library.cpp is for a build that does not define FMT_HEADER_ONLY"
#endif

#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

// Shortest round-trip digits of a float or double (fmt::format("{}", 0.1)).
template auto dragonbox::to_decimal<float>(float x) noexcept -> dragonbox::decimal_fp<float>;
template auto dragonbox::to_decimal<double>(double x) noexcept -> dragonbox::decimal_fp<double>;

#ifndef FMT_STATIC_THOUSANDS_SEPARATOR
// locale_ref holds a std::locale behind a const void* so that <fmt/core.h>
// need not include <locale>.
template locale_ref::locale_ref(const std::locale& loc);
template auto locale_ref::get<std::locale>() const -> std::locale;
#endif

// The locale's digit grouping and decimal point ("{:L}"), declared extern
// in <fmt/format.h>.
template auto thousands_sep_impl<char>(locale_ref loc) -> thousands_sep_result<char>;
template auto decimal_point_impl<char>(locale_ref loc) -> char;
template auto thousands_sep_impl<wchar_t>(locale_ref loc) -> thousands_sep_result<wchar_t>;
template auto decimal_point_impl<wchar_t>(locale_ref loc) -> wchar_t;

// Appending to a memory buffer and formatting into one: what fmt::format and
// fmt::format_to end in. A file that includes only <fmt/core.h> sees these
// declared, not defined.
template void buffer<char>::append<char>(const char* begin, const char* end);
template void buffer<wchar_t>::append<wchar_t>(const wchar_t* begin, const wchar_t* end);
template void vformat_to<char>(buffer<char>& buf, basic_string_view<char> fmt,
                               basic_format_args<FMT_BUFFER_CONTEXT(type_identity_t<char>)> args, locale_ref loc);

} // namespace detail
FMT_END_NAMESPACE
