// Shared test fixtures: a page that records console errors, page errors, CSP violations and
// every request it makes, and helpers to talk to the fake API's control port.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { CONTROL } from './playwright.config.mjs';

export { expect };

const API_ORIGIN = 'https://api.anthropic.com';

export const test = base.extend({
  watched: async ({ page }, use) => {
    const record = { consoleErrors: [], pageErrors: [], requests: [], csp: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') record.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => record.pageErrors.push(String(err)));
    page.on('request', (req) => record.requests.push({ url: req.url(), method: req.method() }));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    record.cspViolations = () => page.evaluate(() => window.__cspViolations);
    await use(record);
  },
});

/** Loads a page of the app and waits until the wasm has taken over the prerendered page. */
export async function open(page, path = '/') {
  await page.goto(path);
  await live(page);
}

/** Waits until the wasm has taken over the page. */
export async function live(page) {
  await expect(page.locator('html[data-live]')).toBeAttached();
}

/** Every request went to the page's own origin or to the API, nowhere else. */
export function onlyOwnOriginAndApi(record, pageOrigin) {
  return record.requests.filter((r) => {
    const origin = new URL(r.url).origin;
    return origin !== pageOrigin && origin !== API_ORIGIN && !r.url.startsWith('data:');
  });
}

/** A key the fake API maps to `scenario` (same rule as fake_api.py's key_for), with a random
 * tag so that each test's requests can be told apart in the shared log. */
export function keyFor(scenario, { admin = false, tag = Math.random().toString(36).slice(2, 10) } = {}) {
  const prefix = admin ? 'sk-ant-admin01-' : 'sk-ant-api03-';
  return prefix + `${scenario}-${tag}`.padEnd(93, 'x') + 'AA';
}

/** The fake API's request log. */
export async function apiLog() {
  const res = await fetch(`${CONTROL}/log`);
  return res.json();
}

/** Log entries that carry `key`, in `x-api-key` or as `Authorization: Bearer` (the fake's log is
 * shared by parallel tests). */
export async function apiRequestsFor(key) {
  return (await apiLog()).filter(
    (entry) => entry.headers?.['x-api-key'] === key || entry.headers?.authorization === `Bearer ${key}`);
}

/** axe's accessibility violations on the page, as short strings (empty when clean). */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
