// What the load benchmark and the Lighthouse run share: the Chromium they launch and its flags,
// a free port, and tools/serve_static.py serving a built site (gzip, as a static host would).
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
// What Chromium needs to run headless as root here (see the toolchain notes).
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A TCP port nothing listens on now. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Serves `dist` on 127.0.0.1:`port`, with `mounts` ({ '/prefix/': dir }) beside it; resolves
 * once it listens, to a handle whose `stop()` ends it (also called when this process exits). */
export async function serveDist(dist, port, mounts = {}) {
  const args = ['tools/serve_static.py', '--port', String(port), '--dir', dist];
  for (const [prefix, dir] of Object.entries(mounts)) args.push('--mount', `${prefix}=${dir}`);
  const child = spawn('python3', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => { try { child.kill(); } catch { /* already gone */ } };
  process.on('exit', stop);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve_static.py did not start in 10 s')), 10_000);
    child.once('exit', (code) => reject(new Error(`serve_static.py exited (${code})`)));
    child.stdout.on('data', (d) => { if (String(d).includes('serving')) { clearTimeout(timer); resolve(); } });
  });
  return { origin: `http://127.0.0.1:${port}`, stop };
}
