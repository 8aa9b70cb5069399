#!/usr/bin/env node
// Runs npm Lighthouse (mobile, its default settings) with Debian's Chromium on the start page and on
// one step page of dist/, served gzip by tools/serve_static.py on loopback. Writes each report as JSON
// and HTML under target/lighthouse/ and a manifest (runs.json) that tools/lighthouse_check.mjs reads.
//
//   node tools/lighthouse_run.mjs [--runs 1] [--dist dist] [--out target/lighthouse] [--port 0]
//
// With --runs N each page is measured N times; the checker reports the median performance run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM as CHROME_PATH, CHROMIUM_ARGS, ROOT, freePort, serveDist } from './serve_dist.mjs';

const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];
export const PAGES = [
  { id: 'start', path: '/' },
  { id: 'step', path: '/step/key-not-set/' },
];

function parseArgs(argv) {
  const opts = { runs: Number(process.env.LH_RUNS || 1), dist: 'dist', out: 'target/lighthouse', port: 0 };
  for (let i = 2; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--runs') opts.runs = Number(value());
    else if (flag === '--dist') opts.dist = value();
    else if (flag === '--out') opts.out = value();
    else if (flag === '--port') opts.port = Number(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(opts.runs >= 1)) throw new Error('--runs must be >= 1');
  return opts;
}

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => resolve({ code, err }));
  });
}

async function main() {
  const opts = parseArgs(process.argv);
  const dist = path.resolve(ROOT, opts.dist);
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build dist first (make dist)`);
  const out = path.resolve(ROOT, opts.out);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const port = opts.port || (await freePort());
  const { stop } = await serveDist(dist, port);
  const lighthouse = path.join(ROOT, 'node_modules', '.bin', 'lighthouse');
  const version = (await new Promise((resolve) => {
    let s = '';
    const c = spawn(lighthouse, ['--version']);
    c.stdout.on('data', (d) => { s += d; });
    c.on('exit', () => resolve(s.trim()));
  }));
  const manifest = { lighthouse: version, chromium: CHROME_PATH, origin: `http://127.0.0.1:${port}`, when: new Date().toISOString(), reports: [] };
  try {
    for (let i = 1; i <= opts.runs; i++) {
      for (const page of PAGES) {
        const name = opts.runs > 1 ? `${page.id}-${i}` : page.id;
        const url = `http://127.0.0.1:${port}${page.path}`;
        process.stderr.write(`lighthouse ${version}: ${url} (run ${i}/${opts.runs})\n`);
        const { code, err } = await run(lighthouse, [url, `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
          '--only-categories=performance,accessibility,best-practices,seo', '--output=json', '--output=html',
          `--output-path=${path.join(out, name)}`, '--quiet'], { CHROME_PATH });
        const json = path.join(out, `${name}.report.json`);
        if (code !== 0 || !fs.existsSync(json)) {
          process.stderr.write(err);
          throw new Error(`lighthouse failed on ${url} (exit ${code})`);
        }
        manifest.reports.push({ page: page.id, path: page.path, run: i, json: path.relative(out, json), html: `${name}.report.html` });
      }
    }
  } finally {
    stop();
  }
  fs.writeFileSync(path.join(out, 'runs.json'), JSON.stringify(manifest, null, 2));
  console.log(`lighthouse: ${manifest.reports.length} reports in ${path.relative(ROOT, out)}/`);
}

main().catch((e) => { console.error(`lighthouse: ${e.message || e}`); process.exitCode = 2; });
