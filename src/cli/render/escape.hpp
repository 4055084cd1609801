#pragma once
// Diary text made safe for the page formats: every string from a diary or an
// export goes through one of these, and nothing else escapes for them.

#include <string>
#include <string_view>

namespace catrack::cli::render {

// Text for HTML content and attribute values: & < > " ' as entities; control
// characters shown as \xNN (as the text report shows them); characters that
// reorder or hide text (bidi controls, C1 controls) shown as \uNNNN, since as
// entities a browser would still obey them; bytes that are not UTF-8 as
// U+FFFD.
std::string html_escape(std::string_view text);

// Text for a GitHub-flavoured Markdown paragraph or table cell: shown as
// html_escape shows it, with every character that could start markup (and
// the | of a table) escaped with a backslash.
std::string markdown_escape(std::string_view text);

} // namespace catrack::cli::render
