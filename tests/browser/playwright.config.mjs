// Browser tests: Debian's Chromium drives the release build in dist/, served as a static host
// serves it (tools/serve_static.py: gzip, 404.html for unknown paths, no SPA fallback, no
// rewrites). The live call goes to the real host name, api.anthropic.com, which Chromium
// resolves to a local fake of the API (HTTPS on 127.0.0.1:443, self-signed).
import { defineConfig } from '@playwright/test';

// Several runs can share a machine: each picks its own static port and loopback address for
// the fake API (KD_STATIC_PORT, KD_API_IP; 127.0.0.0/8 is all loopback).
export const STATIC_PORT = Number(process.env.KD_STATIC_PORT || 8090);
export const API_IP = process.env.KD_API_IP || '127.0.0.1';
export const CONTROL_PORT = 8788;
export const CONTROL = `http://${API_IP}:${CONTROL_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${STATIC_PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--host-resolver-rules=MAP api.anthropic.com ${API_IP}`,
        '--ignore-certificate-errors',
      ],
    },
  },
  // The timing test (@timing: the longest main-thread task of a 2 MB paste) runs first and alone,
  // so that the other tests' browsers do not share the machine's cores with it; the rest wait
  // for it. No retries anywhere: a slow run fails, it is not run again until it passes.
  projects: [
    { name: 'timing', grep: /@timing/ },
    { name: 'chromium', grepInvert: /@timing/, dependencies: ['timing'] },
  ],
  webServer: [
    {
      command: `python3 ../../tools/serve_static.py --port ${STATIC_PORT} --dir ../../dist --mount /kd/=../../dist-sub`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 ../fake_api/fake_api.py --host ${API_IP} --port 443 --control-port ${CONTROL_PORT}`,
      url: `${CONTROL}/health`,
      reuseExistingServer: false,
    },
  ],
});
