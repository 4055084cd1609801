#pragma once
// The HTML report's style sheet, inline in every page: screen and print (A4
// or Letter, whichever the browser prints on). Not a public header.

#include <string>

namespace catrack::cli::render {

std::string html_style();

} // namespace catrack::cli::render
