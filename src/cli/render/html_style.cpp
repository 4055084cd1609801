#include "cli/render/html_style.hpp"

#include "cli/render/palette.hpp"

#include <fmt/format.h>

namespace catrack::cli::render {

// Print: no page size is forced, so the browser's own (A4 or Letter) is used;
// the margins and the 180 mm that is left fit both. Sections follow on
// (a page a section would be mostly white), but a chart, a note or a table
// row is never cut, a heading stays with what follows, and a table's header
// repeats on each page it runs over. The tables behind
// <details> are for the screen: in print the chart and its caption stand.
std::string html_style() {
  return fmt::format(R"(:root{{color-scheme:light}}
body{{font:15px/1.45 system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:{ink};background:{paper};margin:0 auto;max-width:62rem;padding:1rem 1.5rem}}
h1{{font-size:1.5rem;margin:.5rem 0}}
h2{{font-size:1.25rem;border-bottom:2px solid {ink};padding-bottom:.2rem;margin-top:2rem;overflow-wrap:anywhere}}
h3{{font-size:1.05rem;margin:1.2rem 0 .4rem}}
p{{margin:.35rem 0}}
.reminder{{font-weight:700}}
.muted,figcaption,caption{{color:{muted}}}
table{{border-collapse:collapse;margin:.4rem 0 .8rem}}
caption{{text-align:left;font-size:.9rem;padding:.2rem 0}}
th,td{{border-bottom:1px solid {rule};padding:.1rem .6rem .1rem 0;text-align:left;vertical-align:top}}
thead th{{border-bottom:1.5px solid {ink};font-size:.9rem}}
.num{{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}}
section.summary table{{display:inline-table;vertical-align:top;margin-right:2.5rem}}
figure{{margin:.4rem 0 1rem}}
figcaption{{font-size:.9rem}}
svg.chart{{display:block;width:100%;height:auto;max-width:60rem}}
svg.chart text{{fill:{ink};font-size:11px}}
svg.defs{{position:absolute}}
details summary{{cursor:pointer;color:{muted};font-size:.9rem;margin:.3rem 0}}
ul.notes{{list-style:none;padding:0;margin:.4rem 0}}
.note{{border-left:5px solid {info};padding:.25rem .8rem;margin:0 0 .6rem}}
.note.warn{{border-left-style:double;border-color:{warn}}}
.note.alert{{border-left-width:8px;border-color:{alert}}}
.note p{{margin:.15rem 0}}
.severity{{font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:{info}}}
.warn .severity{{color:{warn}}}
.alert .severity{{color:{alert}}}
.source{{font-size:.9rem;color:{muted}}}
code{{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em}}
footer{{margin-top:2rem;border-top:2px solid {ink};padding-top:.5rem}}
@media print{{
@page{{margin:15mm 15mm 14mm}}
body{{max-width:none;padding:0;font-size:9.5pt}}
h2{{margin-top:0}}
svg.chart{{max-height:52mm}}
section.diary+section.diary{{break-before:page}}
svg,.note,tr{{break-inside:avoid}}
h2,h3,caption,figcaption{{break-after:avoid}}
thead{{display:table-header-group}}
details{{display:none}}
}}
)",
                     fmt::arg("ink", palette::ink), fmt::arg("paper", palette::paper), fmt::arg("muted", palette::muted),
                     fmt::arg("rule", palette::rule), fmt::arg("info", palette::info), fmt::arg("warn", palette::warn),
                     fmt::arg("alert", palette::alert));
}

} // namespace catrack::cli::render
