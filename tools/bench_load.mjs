#!/usr/bin/env node
// Load benchmark (`make bench-load`): how soon a cold visitor can type into the key field, or read a
// fix card, compared with a plain static page of the same text served the same way in the same run.
// A benchmark, not a test: it reports against the goal (<= 1.2x the static page) and never fails on timing.
//
//   node tools/bench_load.mjs [--runs 10] [--dist dist] [--conditions unthrottled,mobile] [--warmup 1]
//                             [--out target/bench-load.json] [--port 0]
//
// Each load is cold: a fresh browser context (its own cache and connections), cache disabled through
// CDP. "mobile" applies Lighthouse's mobile throttling through CDP: 150 ms latency, 1.6 Mbit/s down,
// 750 kbit/s up (Network.emulateNetworkConditions) and CPU x4 (Emulation.setCPUThrottlingRate).
// Times are performance.now() in the page, i.e. since navigation start, taken in the first
// requestAnimationFrame callback (the first frame) in which the thing is there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, freePort, serveDist } from './serve_dist.mjs';

const GOAL_RATIO = 1.2;
const STEP_SLUG = 'key-not-set';
const LOAD_TIMEOUT_MS = 60_000;
// The network is settled once nothing has been in flight for this long after the load event.
const QUIET_MS = 500;
// An app page that never goes live (no wasm on it, or the wasm broke) is given up on after the network
// has been quiet this long; its "wasm live" is then missing, and said so.
const LIVE_WAIT_MS = 5000;

// Lighthouse's "mobile slow 4G" figures (lighthouse-core constants: rttMs 150, throughputKbps 1.6 * 1024,
// uploadThroughputKbps 750, cpuSlowdownMultiplier 4), applied, not simulated.
const CONDITIONS = {
  unthrottled: { label: 'unthrottled', network: null, cpu: 1 },
  mobile: {
    label: 'mobile (150 ms, 1.6 Mbit/s, CPU x4)',
    network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpu: 4,
  },
};

// Lighthouse's mobile screen (Moto G Power): what the throttling pretends to be.
const VIEWPORT = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

// What each page is and which of the things we time it has. `base` is the page a ratio compares with.
const PAGES = [
  { id: 'start', label: 'start page (app)', path: '/', kind: 'app', base: { keyField: 'static-start', fixCard: null } },
  { id: 'step', label: `step page, deep link (app)`, path: `/step/${STEP_SLUG}/`, kind: 'app', base: { keyField: null, fixCard: 'static-step' } },
  { id: 'static-start', label: 'static start (same HTML+CSS, no scripts)', path: '/bench-static/', kind: 'static' },
  { id: 'static-step', label: 'static step (same HTML+CSS, no scripts)', path: `/bench-static/step/${STEP_SLUG}/`, kind: 'static' },
  { id: 'bare-start', label: 'bare start (same HTML, no scripts, no CSS)', path: '/bench-bare/', kind: 'static' },
  { id: 'bare-step', label: 'bare step (same HTML, no scripts, no CSS)', path: `/bench-bare/step/${STEP_SLUG}/`, kind: 'static' },
];
const BASELINES = { static: { start: 'static-start', step: 'static-step' }, bare: { start: 'bare-start', step: 'bare-step' } };

// Runs in every page before its own scripts: records the first frame in which each target is there.
const PROBE = `(() => {
  if (window.top !== window) return;
  const m = { keyField: null, fixCard: null, live: null, lcp: null, cls: 0, fcp: null, frames: 0 };
  window.__benchLoad = m;
  const shown = (el) => el && el.isConnected && !document.documentElement.hidden &&
    el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
    el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
  const tick = () => {
    const now = performance.now();
    m.frames++;
    if (m.keyField === null) {
      const k = document.getElementById('api-key');
      if (shown(k) && !k.disabled && !k.readOnly) m.keyField = now;
    }
    if (m.fixCard === null) {
      const h = document.querySelector('article.fix-card h1');
      if (shown(h) && h.textContent.trim().length > 0) m.fixCard = now;
    }
    if (m.live === null && document.querySelector('html[data-live], #app[data-live]')) m.live = now;
    if (!m.done) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
  // CLS as the web-vitals definition: the largest session window (gaps < 1 s, window < 5 s).
  let win = 0, first = 0, last = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.hadRecentInput) continue;
      if (win && e.startTime - last < 1000 && e.startTime - first < 5000) { win += e.value; }
      else { win = e.value; first = e.startTime; }
      last = e.startTime;
      m.cls = Math.max(m.cls, win);
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

function parseArgs(argv) {
  const opts = {
    runs: Number(process.env.BENCH_RUNS || 10), dist: 'dist', out: 'target/bench-load.json', port: 0, warmup: 1,
    conditions: (process.env.BENCH_CONDITIONS || 'unthrottled,mobile').split(','),
  };
  for (let i = 2; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--runs') opts.runs = Number(value());
    else if (flag === '--dist') opts.dist = value();
    else if (flag === '--out') opts.out = value();
    else if (flag === '--port') opts.port = Number(value());
    else if (flag === '--warmup') opts.warmup = Number(value());
    else if (flag === '--conditions') opts.conditions = value().split(',');
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: node tools/bench_load.mjs [--runs 10] [--dist dist] [--conditions unthrottled,mobile] [--warmup 1] [--out target/bench-load.json] [--port 0]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(opts.runs >= 1)) throw new Error('--runs must be >= 1');
  for (const c of opts.conditions) if (!CONDITIONS[c]) throw new Error(`unknown condition ${c} (known: ${Object.keys(CONDITIONS)})`);
  return opts;
}

// dist's own page without the app: every <script> and module/preload link removed, the stylesheets
// kept ("static"), or removed too ("bare"). Same text, same server, same gzip.
function withoutApp(html, keepCss) {
  let out = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  out = out.replace(/<link\b[^>]*\brel\s*=\s*["']?(modulepreload|preload)["']?[^>]*>/gi, '');
  if (!keepCss) out = out.replace(/<link\b[^>]*\brel\s*=\s*["']?stylesheet["']?[^>]*>/gi, '');
  if (/<script\b/i.test(out)) throw new Error('a <script> survived the strip');
  return out;
}

function writeStaticPages(dist, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const made = {};
  for (const [variant, keepCss] of [['bench-static', true], ['bench-bare', false]]) {
    for (const rel of ['index.html', `step/${STEP_SLUG}/index.html`]) {
      const src = path.join(dist, rel);
      if (!fs.existsSync(src)) throw new Error(`${src} is missing: build dist first (make dist)`);
      const dst = path.join(outDir, variant, rel);
      fs.mkdirSync(path.dirname(dst), { recursive: true });
      fs.writeFileSync(dst, withoutApp(fs.readFileSync(src, 'utf8'), keepCss));
      made[`${variant}/${rel}`] = fs.statSync(dst).size;
    }
  }
  return made;
}

// dist at the root, the comparison pages mounted beside it. Their stylesheet links are absolute
// (/base-….css), so they load dist's own CSS files.
function startServer(dist, staticDir, port) {
  return serveDist(dist, port, {
    '/bench-static/': path.join(staticDir, 'bench-static'),
    '/bench-bare/': path.join(staticDir, 'bench-bare'),
  });
}

// One cold load: fresh context, cache off, throttled as asked. Returns the page's figures.
async function loadOnce(browser, url, page, condition) {
  const context = await browser.newContext(VIEWPORT);
  try {
    await context.addInitScript({ content: PROBE });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e.message || e).slice(0, 200)));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
    if (condition.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });

    let bytes = 0, requests = 0, inFlight = 0, lastActivity = Date.now();
    const open = new Set();
    cdp.on('Network.requestWillBeSent', (e) => { if (!open.has(e.requestId)) { open.add(e.requestId); inFlight++; requests++; } lastActivity = Date.now(); });
    const done = (e) => { if (open.delete(e.requestId)) inFlight--; lastActivity = Date.now(); };
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; done(e); });
    cdp.on('Network.loadingFailed', done);

    const started = Date.now();
    const response = await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response && response.status()}`);
    // Settled: the app pages' wasm has taken over (or failed, or a page without wasm has been quiet
    // for LIVE_WAIT_MS), and the network has been quiet for QUIET_MS.
    const wantLive = page.kind === 'app';
    for (;;) {
      const m = await tab.evaluate(() => window.__benchLoad);
      const quiet = inFlight === 0 ? Date.now() - lastActivity : 0;
      const liveDone = !wantLive || (m && m.live !== null) || errors.length > 0 || quiet >= LIVE_WAIT_MS;
      if (liveDone && quiet >= QUIET_MS) break;
      if (Date.now() - started > LOAD_TIMEOUT_MS) { errors.push('timed out waiting for the load to settle'); break; }
      await tab.waitForTimeout(100);
    }
    const m = await tab.evaluate(() => { const r = { ...window.__benchLoad }; window.__benchLoad.done = true; return r; });
    return { keyField: m.keyField, fixCard: m.fixCard, live: m.live, fcp: m.fcp, lcp: m.lcp, cls: m.cls, bytes, requests, errors };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const quantile = (xs, q) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const i = (v.length - 1) * q, lo = Math.floor(i), hi = Math.ceil(i);
  return v[lo] + (v[hi] - v[lo]) * (i - lo);
};
const METRICS = ['keyField', 'fixCard', 'live', 'fcp', 'lcp', 'cls', 'bytes', 'requests'];

function summarise(samples) {
  const out = {};
  for (const k of METRICS) out[k] = median(samples.map((s) => s[k]));
  // The spread, so that a ratio can be read against the noise of a shared machine.
  out.quartiles = {};
  for (const k of ['keyField', 'fixCard', 'live', 'lcp']) out.quartiles[k] = [quantile(samples.map((s) => s[k]), 0.25), quantile(samples.map((s) => s[k]), 0.75)];
  out.missing = {};
  for (const k of ['keyField', 'fixCard', 'live']) {
    const n = samples.filter((s) => s[k] === null).length;
    if (n && n < samples.length) out.missing[k] = n;
  }
  out.errors = [...new Set(samples.flatMap((s) => s.errors))];
  return out;
}

const ms = (x) => (x === null || x === undefined ? '–' : `${Math.round(x)} ms`);
const kb = (x) => (x === null || x === undefined ? '–' : `${(x / 1024).toFixed(1)} KB`);
const ratio = (a, b) => (a === null || b === null || a === undefined || b === undefined || b === 0 ? null : a / b);
const rx = (r) => (r === null ? '–' : `${r.toFixed(2)}×`);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, ri) => {
    const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

function report(results, opts) {
  const lines = [];
  for (const cond of opts.conditions) {
    const r = results[cond];
    lines.push('', `== ${CONDITIONS[cond].label}: median of ${opts.runs} cold loads`);
    const rows = [['page', 'key field usable', 'fix card visible', 'wasm live', 'FCP', 'LCP', 'CLS', 'bytes', 'requests']];
    for (const p of PAGES) {
      const s = r[p.id];
      const miss = Object.entries(s.missing).map(([k, n]) => `${k} missing in ${n}`).join(', ');
      const live = p.kind === 'app' && s.live === null ? 'never' : ms(s.live);
      rows.push([p.label + (miss ? ` (${miss})` : ''), ms(s.keyField), ms(s.fixCard), live, ms(s.fcp), ms(s.lcp),
        s.cls === null ? '–' : s.cls.toFixed(3), kb(s.bytes), s.requests ?? '–']);
    }
    lines.push(table(rows));
    lines.push('', `ratios to the same page without the app (goal ≤ ${GOAL_RATIO}× the static page; reported, never failed):`);
    const rrows = [['measure', 'app', 'static (CSS)', 'ratio', 'goal', 'bare (no CSS)', 'ratio', 'app p25–p75', 'static p25–p75']];
    for (const [measure, key, app, kind] of [['key field usable, start page', 'keyField', 'start', 'start'],
      ['fix card visible, step page', 'fixCard', 'step', 'step'],
      ['LCP, start page', 'lcp', 'start', 'start'], ['LCP, step page', 'lcp', 'step', 'step'],
      ['bytes, start page', 'bytes', 'start', 'start'], ['bytes, step page', 'bytes', 'step', 'step']]) {
      const a = r[app][key], st = r[BASELINES.static[kind]][key], ba = r[BASELINES.bare[kind]][key];
      const fmt = key === 'bytes' ? kb : ms;
      const q = ratio(a, st);
      const goal = key === 'keyField' || key === 'fixCard' ? (q === null ? '–' : q <= GOAL_RATIO ? 'met' : 'NOT met') : '';
      const iqr = (id) => { const qs = r[id].quartiles[key]; return qs && qs[0] !== null ? `${Math.round(qs[0])}–${Math.round(qs[1])} ms` : ''; };
      rrows.push([measure, fmt(a), fmt(st), rx(q), goal, fmt(ba), rx(ratio(a, ba)), iqr(app), iqr(BASELINES.static[kind])]);
    }
    lines.push(table(rrows));
    const errs = PAGES.flatMap((p) => r[p.id].errors.map((e) => `${p.id}: ${e}`));
    if (errs.length) lines.push('', 'page errors:', ...errs.map((e) => `  ${e}`));
  }
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv);
  const dist = path.resolve(ROOT, opts.dist);
  const staticDir = path.join(ROOT, 'target', 'bench-static');
  const staticSizes = writeStaticPages(dist, staticDir);
  const port = opts.port || (await freePort());
  const server = await startServer(dist, staticDir, port);
  const { origin, stop } = server;
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    console.log(`bench-load: Chromium ${browser.version()}, ${origin} serving ${path.relative(ROOT, dist) || dist} (gzip), ` +
      `${opts.runs} cold loads per page and condition, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const samples = {};
    for (const cond of opts.conditions) {
      samples[cond] = Object.fromEntries(PAGES.map((p) => [p.id, []]));
      for (let w = 0; w < opts.warmup; w++) for (const p of PAGES) await loadOnce(browser, origin + p.path, p, CONDITIONS[cond]);
      // Round-robin, so that a noisy moment on the shared machine hits every page alike.
      for (let i = 0; i < opts.runs; i++) {
        for (const p of PAGES) samples[cond][p.id].push(await loadOnce(browser, origin + p.path, p, CONDITIONS[cond]));
        if (process.stderr.isTTY) process.stderr.write(`\r${cond}: ${i + 1}/${opts.runs} rounds`);
      }
      process.stderr.write(process.stderr.isTTY ? '\n' : `${cond}: ${opts.runs} rounds done\n`);
    }
    const results = {};
    for (const cond of opts.conditions) results[cond] = Object.fromEntries(PAGES.map((p) => [p.id, summarise(samples[cond][p.id])]));
    console.log(report(results, opts));
    const ratios = {};
    for (const cond of opts.conditions) {
      const r = results[cond];
      ratios[cond] = {
        keyField: { static: ratio(r.start.keyField, r['static-start'].keyField), bare: ratio(r.start.keyField, r['bare-start'].keyField) },
        fixCard: { static: ratio(r.step.fixCard, r['static-step'].fixCard), bare: ratio(r.step.fixCard, r['bare-step'].fixCard) },
      };
    }
    const out = path.resolve(ROOT, opts.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({
      when: new Date().toISOString(), chromium: browser.version(), runs: opts.runs, warmup: opts.warmup,
      loadavg: os.loadavg(), viewport: VIEWPORT, goal: { ratioToStatic: GOAL_RATIO, measures: ['keyField', 'fixCard'] },
      conditions: Object.fromEntries(opts.conditions.map((c) => [c, CONDITIONS[c]])),
      pages: PAGES, staticPages: staticSizes, units: { times: 'ms since navigation start', bytes: 'encoded bytes (CDP loadingFinished)' },
      medians: results, ratios, samples,
    }, null, 2));
    console.log(`\nfigures: ${path.relative(ROOT, out)}`);
  } finally {
    if (browser) await browser.close();
    stop();
  }
}

main().catch((e) => { console.error(`bench-load: ${e.stack || e}`); process.exitCode = 2; });
