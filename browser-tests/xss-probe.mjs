// Loads the XSS register (tests/fixtures/build/xss.yaml with every PAYLOADn replaced by line n
// of xss-payloads.txt, exactly as tests/build.rs does) in headless Chromium, as a page and as a
// fragment embedded in a host page, and records everything that would show a script ran or the
// notice reached the network. Expected: nothing at all. Prints a JSON summary; exit 1 on any
// violation, 2 on a usage or set-up error.
//
//   node xss-probe.mjs --seloste PATH/TO/seloste   builds the register into a temporary folder
//   node xss-probe.mjs DIR                          DIR holds page/xss/fi.html, fragment/xss/fi.html
//
// Before the real pages, a canary page that does run script and fetch a remote image is probed:
// if the probe does not see that, it is blind and the run fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const fixtures = join(root, 'tests/fixtures/build');

function usage(msg) {
  console.error(`${msg}\nusage: node xss-probe.mjs (--seloste BIN | DIR)`);
  process.exit(2);
}

/// The register text with the payloads substituted, highest numbers first (PAYLOAD1 ≠ PAYLOAD10).
export function xssRegister() {
  const payloads = readFileSync(join(fixtures, 'xss-payloads.txt'), 'utf8').split('\n').filter((l) => l !== '');
  let text = readFileSync(join(fixtures, 'xss.yaml'), 'utf8');
  for (let i = payloads.length - 1; i >= 0; i--) {
    text = text.replaceAll(`PAYLOAD${i}`, payloads[i].replaceAll("'", "''"));
  }
  if (text.includes('PAYLOAD')) throw new Error('xss.yaml has more placeholders than xss-payloads.txt has lines');
  return { text, payloads: payloads.length };
}

function buildInto(bin, dir) {
  const { text } = xssRegister();
  const file = join(dir, 'xss.yaml');
  writeFileSync(file, text);
  for (const [sub, extra] of [['page', []], ['fragment', ['--fragment']]]) {
    // Run in the temp folder: seloste reads only inside the project folder (the current one here).
    execFileSync(bin, ['build', file, '--format', 'html', ...extra, '--out', join(dir, sub)], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

// Runs before any script of the page, in the page's main world. Every way the payloads could
// run code goes through one of these; each call is counted and logged to the console too.
const INIT = `(() => {
  const calls = [];
  Object.defineProperty(window, '__seloste_probe', { value: calls, enumerable: false });
  const trap = (obj, name) => {
    const orig = obj[name];
    if (typeof orig !== 'function') return;
    const wrapped = function (...args) {
      calls.push(name + '(' + args.map(String).join(', ').slice(0, 80) + ')');
      console.log('seloste-probe: ' + name + ' called');
      return orig.apply(this, args);
    };
    try { Object.defineProperty(obj, name, { value: wrapped, writable: true, configurable: true }); } catch (e) { obj[name] = wrapped; }
  };
  for (const n of ['alert', 'confirm', 'prompt', 'print', 'eval', 'Function', 'fetch', 'open']) trap(window, n);
  trap(Document.prototype, 'write');
  trap(Document.prototype, 'writeln');
  trap(XMLHttpRequest.prototype, 'open');
  document.addEventListener('securitypolicyviolation', (e) => calls.push('csp:' + e.violatedDirective), true);
})();
//# sourceURL=seloste-probe-init.js`;

async function probe(context, name, url) {
  const page = await context.newPage();
  const found = { name, url, dialogs: [], trapCalls: [], scriptsParsed: [], console: [], pageErrors: [], requests: [], dom: {} };
  page.on('dialog', (d) => { found.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  let listening = true;
  page.on('console', (m) => { if (listening) found.console.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => found.pageErrors.push(String(e)));
  page.on('request', (r) => { if (r.url() !== url) found.requests.push(`${r.method()} ${r.url()}`); });
  page.on('popup', (p) => found.requests.push(`popup ${p.url()}`));
  // Every script V8 compiles in the page's main world (inline <script>, event handler
  // attributes, javascript: URLs, eval) shows up here, whether or not a trap caught it.
  const cdp = await context.newCDPSession(page);
  const mainWorlds = new Set();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => { if (c.auxData?.isDefault) mainWorlds.add(c.id); });
  cdp.on('Debugger.scriptParsed', (s) => {
    if (!listening || !mainWorlds.has(s.executionContextId) || s.url === 'seloste-probe-init.js') return;
    found.scriptsParsed.push(`${s.url || '(inline)'}:${s.startLine} length ${s.length}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await page.addInitScript(INIT);
  await page.goto(url, { waitUntil: 'load' });
  // Give timers, lazy images and late handlers a moment; move the mouse over and focus every
  // element so that hover, focus and mouse handlers would fire if there were any.
  await page.waitForTimeout(300);
  listening = false; // from here on the probe's own evaluations would be counted
  // Read back through CDP, not page.evaluate (Playwright's evaluate goes through the trapped eval).
  const read = async (fn) => {
    const r = await cdp.send('Runtime.evaluate', { expression: `(${fn})()`, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`probe evaluation failed: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
  found.trapCalls = await read(() => window.__seloste_probe ?? ['(trap missing)']);
  found.dom = await read(() => {
    const all = [...document.querySelectorAll('*')];
    const handlers = [];
    const badUrls = [];
    const styleAttrs = [];
    for (const el of all) {
      for (const a of el.attributes) {
        const n = a.name.toLowerCase();
        const v = a.value.trim().toLowerCase();
        if (n.startsWith('on')) handlers.push(`<${el.localName} ${n}>`);
        if (n === 'style') styleAttrs.push(`<${el.localName} style>`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster'].includes(n)
          && !/^(https?:|mailto:|tel:|#|[a-z0-9_./-]*\.html$|[a-z0-9_.-]+\/?$)/.test(v)) badUrls.push(`<${el.localName} ${n}="${a.value}">`);
      }
    }
    const count = (sel) => document.querySelectorAll(sel).length;
    return {
      scripts: count('script'),
      eventHandlerAttributes: handlers,
      unsafeUrls: badUrls,
      inlineStyleAttributes: styleAttrs,
      embedded: count('iframe, frame, object, embed, img, svg, video, audio, form, link, base, meta[http-equiv]'),
      styleElements: count('style'),
      payloadShownAsText: document.body.innerText.includes('<script>alert(1)</script>'),
    };
  });
  await cdp.detach().catch(() => {});
  await page.close();
  return found;
}

function violations(f) {
  const v = [];
  if (f.dialogs.length) v.push(`${f.dialogs.length} dialog(s)`);
  if (f.trapCalls.length) v.push(`${f.trapCalls.length} trapped call(s)`);
  if (f.scriptsParsed.length) v.push(`${f.scriptsParsed.length} script(s) compiled`);
  if (f.pageErrors.length) v.push(`${f.pageErrors.length} page error(s)`);
  if (f.console.length) v.push(`${f.console.length} console message(s)`);
  if (f.requests.length) v.push(`${f.requests.length} network request(s)`);
  if (f.dom.scripts) v.push(`${f.dom.scripts} <script> element(s)`);
  if (f.dom.eventHandlerAttributes.length) v.push(`${f.dom.eventHandlerAttributes.length} event handler attribute(s)`);
  if (f.dom.unsafeUrls.length) v.push(`${f.dom.unsafeUrls.length} unsafe URL(s)`);
  if (f.dom.inlineStyleAttributes.length) v.push(`${f.dom.inlineStyleAttributes.length} style attribute(s)`);
  if (f.dom.embedded) v.push(`${f.dom.embedded} embedded/external element(s)`);
  if (f.dom.styleElements !== 1) v.push(`${f.dom.styleElements} <style> elements (expected only ours)`);
  return v;
}

function hostPage(fragment) {
  return `<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>Host page</title></head>
<body><header>Host site</header>
${fragment}
<footer>Host footer</footer></body></html>
`;
}

const CANARY = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head><body>
<p>This page is meant to be caught.</p>
<script>alert('canary')</script>
<img src="https://evil.example/canary.gif" onerror="confirm('canary')" alt="">
</body></html>
`;

async function main() {
  const args = process.argv.slice(2);
  let dir;
  let temp = null;
  if (args[0] === '--seloste') {
    if (!args[1]) usage('--seloste needs the path of the seloste binary');
    temp = mkdtempSync(join(tmpdir(), 'seloste-xss-'));
    dir = temp;
    buildInto(resolve(args[1]), dir);
  } else if (args.length === 1) {
    dir = resolve(args[0]);
  } else {
    usage('expected one argument');
  }
  const pageFile = join(dir, 'page/xss/fi.html');
  const fragFile = join(dir, 'fragment/xss/fi.html');
  for (const f of [pageFile, fragFile]) if (!existsSync(f)) usage(`missing ${f}`);
  const hostFile = join(dir, 'xss-host.html');
  writeFileSync(hostFile, hostPage(readFileSync(fragFile, 'utf8')));
  const canaryFile = join(dir, 'xss-canary.html');
  writeFileSync(canaryFile, CANARY);

  const { context, close } = await launch();
  let summary;
  try {
    const canary = await probe(context, 'canary (must be caught)', pathToFileURL(canaryFile).href);
    const blind = [];
    if (!canary.dialogs.length) blind.push('dialogs');
    if (!canary.trapCalls.length) blind.push('trapped calls');
    if (!canary.scriptsParsed.length) blind.push('compiled scripts');
    if (!canary.requests.length) blind.push('network requests');
    if (!canary.dom.scripts || !canary.dom.eventHandlerAttributes.length) blind.push('DOM scripts and handlers');
    const results = [];
    for (const [name, file] of [['page', pageFile], ['fragment in host page', hostFile]]) {
      const f = await probe(context, name, pathToFileURL(file).href);
      f.violations = violations(f);
      results.push(f);
    }
    const total = results.reduce((n, f) => n + f.violations.length, 0);
    summary = {
      payloads: xssRegister().payloads,
      canary: { caught: blind.length === 0, blindTo: blind, dialogs: canary.dialogs.length, trapCalls: canary.trapCalls.length, scriptsParsed: canary.scriptsParsed.length, requests: canary.requests.length },
      pages: results.map((f) => ({
        name: f.name,
        url: f.url,
        dialogs: f.dialogs.length,
        scriptExecutions: f.trapCalls.length + f.scriptsParsed.length,
        networkRequests: f.requests.length,
        scriptElements: f.dom.scripts,
        eventHandlerAttributes: f.dom.eventHandlerAttributes.length,
        payloadShownAsText: f.dom.payloadShownAsText,
        violations: f.violations,
        details: { dialogs: f.dialogs, trapCalls: f.trapCalls, scriptsParsed: f.scriptsParsed, console: f.console, pageErrors: f.pageErrors, requests: f.requests, dom: f.dom },
      })),
      violations: total,
      ok: total === 0 && blind.length === 0,
    };
  } finally {
    await close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
  console.log(JSON.stringify(summary, null, 2));
  if (!summary.canary.caught) console.error(`xss-probe: the probe is blind to ${summary.canary.blindTo.join(', ')} (canary not caught)`);
  for (const p of summary.pages) for (const v of p.violations) console.error(`xss-probe: ${p.name}: ${v}`);
  console.error(`xss-probe: ${summary.ok ? 'ok' : 'FAILED'}: ${summary.pages.length} pages, ${summary.payloads} payloads, ${summary.violations} violations`);
  process.exit(summary.ok ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(2); });
