// Browser tests: Debian's Chromium drives the release build in dist/, served as a static host
// serves it (tools/serve_static.py: gzip, 404.html for unknown paths, no SPA fallback, no
// rewrites). The live call goes to the real host name, api.anthropic.com, which Chromium
// resolves to a local fake of the API (HTTPS on 127.0.0.1:443, self-signed).
import { defineConfig } from '@playwright/test';

export const STATIC_PORT = 8090;
export const CONTROL_PORT = 8788;

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
        '--host-resolver-rules=MAP api.anthropic.com 127.0.0.1',
        '--ignore-certificate-errors',
      ],
    },
  },
  webServer: [
    {
      command: `python3 ../../tools/serve_static.py --port ${STATIC_PORT} --dir ../../dist`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 ../fake_api/fake_api.py --host 127.0.0.1 --port 443 --control-port ${CONTROL_PORT}`,
      url: `http://127.0.0.1:${CONTROL_PORT}/health`,
      reuseExistingServer: false,
    },
  ],
});
