// Runs axe-core in headless Chromium against every HTML page of a seloste build (each notice in
// each language, and the index pages), and against each notice's --fragment inside a hostile host
// page (global CSS that tries to break it) when FRAGMENT_DIR is given. WCAG 2.0/2.1 A and AA, 2.2 AA; zero violations required.
// Prints a JSON summary; exit 1 on any violation, 2 on a usage or set-up error.
//
//   node axe.mjs DIR [FRAGMENT_DIR]   DIR from `seloste build notices/ --format html --out DIR`
import { readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './lib.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

// The host page whose global CSS tries to break what it embeds (as in scripts/screenshots.sh):
// the fragment's scoped styles must keep it accessible, contrast included.
function hostPage(lang, fragment) {
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
<style>
* { all: unset; }
html, body { display: block; background: #111111; color: #f5f5f5; font: 28px/1.1 "Comic Sans MS", fantasy; }
h1, h2, h3, p, li, td, th, dt, dd { color: #ff00ff !important; text-transform: uppercase; letter-spacing: 4px; }
section, main, div { padding: 40px; margin: -20px; }
a { color: yellow; }
table { display: none; }
</style></head>
<body><header><p>Host site</p></header>
<main>
<h1>Host page</h1>
${fragment}
</main>
<footer><p>Host footer</p></footer></body></html>
`;
}

// A page with known violations: if axe finds none there, it did not run.
const CANARY = `<!DOCTYPE html><html><head><title>canary</title></head><body>
<img src="missing.png"><p style="color:#bbbbbb;background:#ffffff">Too faint</p><a href="#x"></a></body></html>`;

async function audit(context, name, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  // What the audit covered of the first layer: the summary box and the table of contents.
  const covered = await page.evaluate(() => ({
    summary: document.querySelectorAll('.seloste-summary').length,
    toc: document.querySelectorAll('.seloste-toc').length,
  }));
  await page.close();
  return {
    name,
    covered,
    rulesRun: result.passes.length + result.violations.length + result.incomplete.length,
    // "Needs review": axe could not decide (reported, not failed).
    incomplete: result.incomplete.map((v) => `${v.id} (${v.nodes.length})`),
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary,
    })),
  };
}

async function main() {
  const [dirArg, fragArg] = process.argv.slice(2);
  if (!dirArg) {
    console.error('usage: node axe.mjs DIR [FRAGMENT_DIR]');
    process.exit(2);
  }
  const dir = resolve(dirArg);
  const targets = htmlFiles(dir).map((f) => [relative(dir, f), pathToFileURL(f).href]);
  let temp = null;
  if (fragArg) {
    const fdir = resolve(fragArg);
    temp = mkdtempSync(join(tmpdir(), 'seloste-axe-'));
    for (const f of htmlFiles(fdir)) {
      const rel = relative(fdir, f);
      if (/^index(\.[a-z]{2})?\.html$/.test(rel)) continue; // the index pages are whole pages even then
      const lang = rel.match(/([a-z]{2})\.html$/)?.[1] ?? 'fi';
      const host = join(temp, rel.replaceAll('/', '__'));
      writeFileSync(host, hostPage(lang, readFileSync(f, 'utf8')));
      targets.push([`fragment in host: ${rel}`, pathToFileURL(host).href]);
    }
  }
  if (targets.length === 0) {
    console.error(`axe: no .html files under ${dir}`);
    process.exit(2);
  }
  const canaryFile = join(temp ?? (temp = mkdtempSync(join(tmpdir(), 'seloste-axe-'))), 'canary.html');
  writeFileSync(canaryFile, CANARY);
  const { context, close } = await launch();
  const results = [];
  let canary;
  try {
    canary = await audit(context, 'canary', pathToFileURL(canaryFile).href);
    for (const [name, url] of targets) results.push(await audit(context, name, url));
  } finally {
    await close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
  const total = results.reduce((n, r) => n + r.violations.reduce((m, v) => m + v.nodes, 0), 0);
  // Every notice (not the index pages) must have been audited with its summary, and the
  // samples, each longer than a page, with their table of contents.
  const notices = results.filter((r) => !/(^|\/)index(\.[a-z]{2})?\.html$/.test(r.name));
  const uncovered = notices.filter((r) => r.covered.summary !== 1 || r.covered.toc !== 1).map((r) => r.name);
  const summary = {
    axe: JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version,
    tags: TAGS,
    canary: { caught: canary.violations.length >= 3, violations: canary.violations.map((v) => v.id) },
    pages: results.length,
    rulesRunPerPage: [Math.min(...results.map((r) => r.rulesRun)), Math.max(...results.map((r) => r.rulesRun))],
    pagesWithViolations: results.filter((r) => r.violations.length).length,
    violatingNodes: total,
    withSummaryAndContents: notices.length - uncovered.length,
    withoutSummaryOrContents: uncovered,
    results: results.map((r) => ({ page: r.name, rulesRun: r.rulesRun, covered: r.covered, needsReview: r.incomplete, violations: r.violations })),
    ok: total === 0 && canary.violations.length >= 3 && uncovered.length === 0,
  };
  console.log(JSON.stringify(summary, null, 2));
  for (const r of results) {
    for (const v of r.violations) console.error(`axe: ${r.name}: ${v.id} (${v.impact}) on ${v.nodes} node(s): ${v.help}; e.g. ${v.targets[0]}`);
  }
  for (const name of uncovered) console.error(`axe: ${name}: no summary box or no table of contents was audited`);
  if (!summary.canary.caught) console.error(`axe: the canary page's violations were not found (${summary.canary.violations.join(', ')}): axe did not run`);
  console.error(`axe: ${summary.ok ? 'ok' : 'FAILED'}: ${summary.pages} pages, ${summary.pagesWithViolations} with violations, ${total} violating nodes`);
  process.exit(summary.ok ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(2); });
