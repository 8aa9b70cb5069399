#!/usr/bin/env node
// Reads the Lighthouse reports that tools/lighthouse_run.mjs wrote (target/lighthouse/runs.json) and
// prints, per page, the four category scores and the key metrics. Asserts that accessibility, best
// practices and SEO are 100 in every run on every page (exit 1 otherwise, listing the audits that keep
// a category under 100). Performance is noisy: reported against the goal (>= 98), never asserted.
//
//   node tools/lighthouse_check.mjs [--dir target/lighthouse] [--report-only]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASSERTED = ['accessibility', 'best-practices', 'seo'];
const CATEGORIES = ['performance', ...ASSERTED];
const PERF_GOAL = 98;
const METRICS = [
  ['FCP', 'first-contentful-paint'], ['LCP', 'largest-contentful-paint'], ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'], ['SI', 'speed-index'],
];

function parseArgs(argv) {
  const opts = { dir: 'target/lighthouse', reportOnly: false };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--dir') opts.dir = argv[++i];
    else if (argv[i].startsWith('--dir=')) opts.dir = argv[i].slice(6);
    else if (argv[i] === '--report-only') opts.reportOnly = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return opts;
}

const score = (lhr, cat) => (lhr.categories[cat] && lhr.categories[cat].score !== null ? Math.round(lhr.categories[cat].score * 100) : null);

// The audits that cost a category points: weighted, scored, and under 1.
function failing(lhr, cat) {
  return lhr.categories[cat].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode));
}

// A few readable lines about why an audit failed: its explanation and the first items of its table.
function details(audit) {
  const out = [];
  if (audit.explanation) out.push(audit.explanation);
  if (audit.displayValue) out.push(String(audit.displayValue));
  const items = (audit.details && audit.details.items) || [];
  for (const item of items.slice(0, 5)) {
    const bits = [];
    for (const [k, v] of Object.entries(item)) {
      if (v && typeof v === 'object') {
        if (v.snippet) bits.push(v.snippet);
        if (v.selector) bits.push(v.selector);
        if (v.explanation) bits.push(v.explanation);
        if (v.url) bits.push(v.url);
      } else if (v !== undefined && v !== null && k !== 'type') bits.push(`${k}: ${v}`);
    }
    out.push(bits.join(' | ').replace(/\s+/g, ' ').slice(0, 300));
  }
  if (items.length > 5) out.push(`… and ${items.length - 5} more`);
  return out;
}

const median = (xs) => { const v = [...xs].sort((a, b) => a - b); const m = v.length >> 1; return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2; };

function main() {
  const opts = parseArgs(process.argv);
  const dir = path.resolve(ROOT, opts.dir);
  const manifestPath = path.join(dir, 'runs.json');
  if (!fs.existsSync(manifestPath)) {
    console.error(`lighthouse check: ${path.relative(ROOT, manifestPath)} is missing: run node tools/lighthouse_run.mjs first (make lighthouse)`);
    return 2;
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const byPage = new Map();
  for (const r of manifest.reports) {
    const lhr = JSON.parse(fs.readFileSync(path.join(dir, r.json), 'utf8'));
    if (lhr.runtimeError) console.error(`lighthouse check: ${r.json}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (!byPage.has(r.page)) byPage.set(r.page, []);
    byPage.get(r.page).push({ ...r, lhr });
  }

  console.log(`Lighthouse ${manifest.lighthouse}, mobile (default settings), ${manifest.chromium}, ${manifest.origin}`);
  const header = ['page', 'runs', 'perf', 'a11y', 'best pr.', 'SEO', ...METRICS.map(([n]) => n)];
  const rows = [header];
  const problems = [];
  for (const [page, runs] of byPage) {
    // The run with the median performance score stands for the page; all runs are checked.
    const perfs = runs.map((r) => score(r.lhr, 'performance') ?? 0);
    const mid = median(perfs);
    const rep = runs.reduce((best, r) => (Math.abs((score(r.lhr, 'performance') ?? 0) - mid) < Math.abs((score(best.lhr, 'performance') ?? 0) - mid) ? r : best));
    const cats = CATEGORIES.map((c) => {
      const all = runs.map((r) => score(r.lhr, c));
      return c === 'performance' ? `${score(rep.lhr, c)}${runs.length > 1 ? ` (${Math.min(...all)}–${Math.max(...all)})` : ''}` : `${Math.min(...all)}`;
    });
    const metrics = METRICS.map(([, id]) => (rep.lhr.audits[id] ? rep.lhr.audits[id].displayValue : '–'));
    rows.push([`${page} ${runs[0].path}`, runs.length, ...cats, ...metrics]);
    for (const r of runs) {
      for (const c of ASSERTED) {
        const s = score(r.lhr, c);
        if (s !== 100) problems.push({ page, run: r.run, report: r.html, cat: c, s, audits: failing(r.lhr, c) });
      }
    }
  }
  const widths = header.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [ri, r] of rows.entries()) {
    console.log(r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
    if (ri === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`(performance: median run, range over runs; the other categories: lowest over runs. Reports: ${path.relative(ROOT, dir)}/)`);

  for (const [page, runs] of byPage) {
    const perfs = runs.map((r) => score(r.lhr, 'performance'));
    const mid = median(perfs);
    console.log(`performance, ${page}: ${mid} (goal ≥ ${PERF_GOAL}: ${mid >= PERF_GOAL ? 'met' : 'not met'}; reported, not asserted)`);
  }
  if (!problems.length) {
    console.log(`lighthouse check: accessibility, best practices and SEO are 100 on every page (${manifest.reports.length} reports)`);
    return 0;
  }
  for (const p of problems) {
    console.log(`\n${p.cat} is ${p.s} on ${p.page} (run ${p.run}, ${p.report}):`);
    for (const a of p.audits) {
      console.log(`  - ${a.id}: ${a.title}`);
      for (const d of details(a)) console.log(`      ${d}`);
    }
  }
  console.log(`\nlighthouse check: ${opts.reportOnly ? 'NOT 100 (report only)' : 'FAILED'}: ` +
    [...new Set(problems.map((p) => `${p.cat} on ${p.page}`))].join(', '));
  return opts.reportOnly ? 0 : 1;
}

process.exitCode = main();
