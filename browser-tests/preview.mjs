// `seloste serve` in headless Chromium: opens the preview of a register, edits the file twice and
// sees the page reload each time (first with the new text, then with the new finding above the
// last good render), runs axe-core on the preview's index and notice pages (WCAG 2.0/2.1 A and
// AA, 2.2 AA), and requires that no request leaves 127.0.0.1 (any other is blocked and counted).
// Prints a JSON summary; exit 1 on a failed check, 2 on a usage or set-up error.
//
//   node preview.mjs --seloste BIN
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { launch } from './lib.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function args() {
  const i = process.argv.indexOf('--seloste');
  if (i < 0 || !process.argv[i + 1]) {
    console.error('usage: node preview.mjs --seloste BIN');
    process.exit(2);
  }
  return resolve(process.argv[i + 1]);
}

// Starts the server on port 0 in `dir` and resolves to { child, port } from its first line.
function serve(seloste, dir) {
  const child = spawn(seloste, ['serve', '.', '--port', '0'], { cwd: dir, env: { ...process.env, LC_ALL: 'C' } });
  child.stderr.on('data', (d) => process.stderr.write(d));
  return new Promise((ok, fail) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const port = Number(line.match(/http:\/\/127\.0\.0\.1:(\d+)\//)?.[1]);
      port ? ok({ child, port }) : fail(new Error(`no port in ${JSON.stringify(line)}`));
    });
    child.once('exit', (code) => fail(new Error(`seloste serve exited with ${code}`)));
  });
}

async function audit(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

// Writes `text` to `file` and waits until the page has reloaded (a fresh document: the marker
// set before is gone) and shows `expected`; a file seen halfway may cost an extra reload.
async function editAndWait(page, file, text, expected) {
  await page.evaluate(() => { window.__beforeEdit = true; });
  const reloaded = page.waitForEvent('load', { timeout: 60000 });
  writeFileSync(file, text);
  await reloaded;
  for (let i = 0; i < 20; i++) {
    const fresh = await page.evaluate(() => window.__beforeEdit !== true);
    const body = await page.evaluate(() => document.body.innerText);
    if (fresh && body.includes(expected)) return true;
    await page.waitForEvent('load', { timeout: 60000 });
  }
  return false;
}

async function main() {
  const seloste = args();
  const dir = mkdtempSync(join(repo, '.test-input-preview-'));
  const file = join(dir, 'asiakasrekisteri.yaml');
  copyFileSync(join(repo, 'notices/asiakasrekisteri.yaml'), file);
  const original = readFileSync(file, 'utf8');
  const { child, port } = await serve(seloste, dir);
  const base = `http://127.0.0.1:${port}`;
  const { context, close } = await launch();
  const outside = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' && url.port === String(port)) return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const checks = {};
  const axe = {};
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: 'load' });
    axe.index = await audit(page);
    await page.goto(`${base}/asiakasrekisteri/fi.html`, { waitUntil: 'load' });
    axe.notice = await audit(page);
    checks.noFindingsAtFirst = (await page.evaluate(() => document.body.innerText)).includes('No findings.');

    // A new text: the page reloads with it.
    const renamed = original.replace('fi: Asiakasrekisteri\n', 'fi: Asiakas- ja markkinointirekisteri\n');
    checks.textChanged = renamed !== original;
    checks.reloadsWithNewText = await editAndWait(page, file, renamed, 'Asiakas- ja markkinointirekisteri');

    // A mistake: the page reloads with the finding above the last good render.
    const broken = renamed.replace('\n  kind: company\n', '\n  kind: yritys\n');
    checks.reloadsWithFinding = await editAndWait(page, file, broken, '`yritys` is not a valid value for `controller.kind`');
    const body = await page.evaluate(() => document.body.innerText);
    checks.lastGoodRenderKept = body.includes('Asiakas- ja markkinointirekisteri') && body.includes('The register has errors now');
    axe.noticeWithFindings = await audit(page);
  } finally {
    await close();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  const violations = Object.values(axe).reduce((n, v) => n + v.reduce((m, x) => m + x.nodes, 0), 0);
  const ok = Object.values(checks).every(Boolean) && violations === 0 && outside.length === 0;
  console.log(JSON.stringify({ checks, axe: { tags: TAGS, violatingNodes: violations, pages: axe }, requestsOutside: outside, ok }, null, 2));
  console.error(`preview: ${ok ? 'ok' : 'FAILED'}`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(2); });
