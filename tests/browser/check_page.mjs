// node check_page.mjs TOOLS CHROMIUM PAGE:A4_PAGES:LETTER_PAGES... [--expect-problems PAGE]
//
// TOOLS is where install-tools put node_modules (in the build tree).
// Opens each HTML report in Debian's chromium through playwright-core and
// fails on: any console error or warning, any script error, any request but
// the page itself (the page must never fetch anything), a chart without an
// accessible name or without its table, any script or event attribute, and
// a printed page count other than expected on A4 and on Letter.
// --expect-problems PAGE turns it round: PAGE is a bad page that must be
// caught, so the checks are known to work.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [tools, executablePath, ...specs] = process.argv.slice(2);
const { chromium } = createRequire(`${tools}/`)('playwright-core');
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
               '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath, args: flags });

function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
}

async function check(path, expected) {
  const problems = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = pathToFileURL(path).href;
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`script error: ${e.message}`));
  context.on('request', r => { if (r.url() !== url) problems.push(`request: ${r.url()}`); });
  await page.goto(url, { waitUntil: 'load' });
  const dom = await page.evaluate(() => {
    const out = [];
    const charts = [...document.querySelectorAll('svg.chart')];
    for (const svg of charts) {
      if (svg.getAttribute('role') !== 'img' || !svg.getAttribute('aria-label')) out.push('a chart without role img and a name');
      if (!svg.closest('figure')?.querySelector('details table')) out.push('a chart without its table');
    }
    if (document.querySelector('script')) out.push('a script element');
    for (const el of document.querySelectorAll('*'))
      for (const a of el.attributes)
        if (a.name.startsWith('on')) out.push(`an event attribute ${a.name}`);
    return { problems: out, charts: charts.length };
  });
  problems.push(...dom.problems);
  const pages = {};
  for (const format of ['A4', 'Letter']) pages[format] = pageCount(await page.pdf({ format }));
  if (expected) {
    if (pages.A4 !== expected.A4) problems.push(`A4: ${pages.A4} pages, expected ${expected.A4}`);
    if (pages.Letter !== expected.Letter) problems.push(`Letter: ${pages.Letter} pages, expected ${expected.Letter}`);
  }
  await context.close();
  console.log(`${path}: ${dom.charts} charts, ${pages.A4} pages on A4, ${pages.Letter} on Letter`);
  return problems;
}

let failed = false;
for (let i = 0; i < specs.length; ++i) {
  if (specs[i] === '--expect-problems') {
    const path = specs[++i];
    const found = await check(path, null);
    if (found.length === 0) {
      console.log(`${path}: a bad page passed the checks`);
      failed = true;
    } else {
      console.log(`${path}: caught, as it must be: ${found.join('; ')}`);
    }
    continue;
  }
  const [path, a4, letter] = specs[i].split(':');
  const found = await check(path, { A4: Number(a4), Letter: Number(letter) });
  for (const p of found) console.log(`${path}: ${p}`);
  if (found.length) failed = true;
}
await browser.close();
process.exit(failed ? 1 : 0);
