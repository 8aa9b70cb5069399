// The page loads clean under its Content-Security-Policy, is usable at 360 px, in dark mode
// and by keyboard, and keeps the key field private.
import { createHash } from 'node:crypto';
import { test, expect, open, onlyOwnOriginAndApi } from './fixtures.mjs';

test('loads with no console errors, no page errors and no CSP violations', async ({ page, watched }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why does the Anthropic API reject my key?');
  await expect(page.getByLabel('API key')).toBeVisible();
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
  expect(onlyOwnOriginAndApi(watched, new URL(page.url()).origin)).toEqual([]);
});

for (const path of ['/', '/step/key-not-set/', '/404.html']) {
  test(`the Content-Security-Policy of ${path} is strict and names exactly its inline scripts`, async ({ page }) => {
    await open(page, path);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self' https://api.anthropic.com");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('LOADER-HASH');
    expect(csp).not.toContain('unsafe-inline');
    // Each inline script that runs (the loader, the old-link redirect) is named by its hash, and
    // nothing else is: JSON data blocks do not run.
    const inline = await page.locator('script:not([src]):not([type="application/json"])').evaluateAll(
      (scripts) => scripts.map((s) => s.textContent));
    expect(inline).toHaveLength(2);
    const named = [...csp.matchAll(/'sha256-([A-Za-z0-9+/=]{44})'/g)].map((m) => m[1]).sort();
    const actual = inline.map((text) => createHash('sha256').update(text, 'utf8').digest('base64')).sort();
    expect(named).toEqual(actual);
  });
}

test('an inline script that is not the loader is blocked', async ({ page, watched }) => {
  await open(page);
  const ran = await page.evaluate(() => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return window.__injected;
  });
  expect(ran).toBe(false);
  await expect.poll(() => watched.cspViolations()).toHaveLength(1);
});

test('the key field carries the privacy attributes', async ({ page }) => {
  await open(page);
  const field = page.getByLabel('API key');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(field).toHaveAttribute('autocomplete', 'off');
  await expect(field).toHaveAttribute('spellcheck', 'false');
  await expect(field).toHaveAttribute('autocapitalize', 'off');
  await expect(field).toHaveAttribute('data-lpignore', 'true');
  await expect(field).toHaveAttribute('data-1p-ignore', 'true');
  await expect(field).toHaveAttribute('data-bwignore', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /key-verdict/);
  await field.fill('sk-ant-api03-secret');
  await page.getByRole('button', { name: 'Show key' }).click();
  await expect(field).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Hide key' }).click();
  await expect(field).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(field).toHaveValue('');
});

test('works at 360 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await page.getByLabel('API key').fill('Bearer sk-ant-api03-' + 'A'.repeat(93) + 'AA\n');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('has a dark theme', async ({ browser }) => {
  const dark = await browser.newContext({ colorScheme: 'dark' });
  const light = await browser.newContext({ colorScheme: 'light' });
  const bg = async (ctx) => {
    const page = await ctx.newPage();
    await open(page);
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  const [d, l] = [await bg(dark), await bg(light)];
  expect(d).not.toEqual(l);
  expect(d).toBe('rgb(21, 23, 26)');
  await dark.close();
  await light.close();
});

test('can be used by keyboard alone: Tab reaches the key field, typing checks it', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: /Walk me through it/ }).focus();
  await page.keyboard.press('Tab');
  // Tab order: the next focusable element after the three ways in is the key field.
  await expect(page.getByLabel('API key')).toBeFocused();
  await page.keyboard.type('sk-proj-' + 'Q9x_'.repeat(18) + 'ab' + 'T3BlbkFJ' + 'Zk4-'.repeat(18) + 'cd');
  await expect(page.locator('#key-verdict')).toContainText('OpenAI');
  const outline = await page.getByLabel('API key').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('"I have a key to check" lands in the key field', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: /I have a key to check/ }).click();
  await expect(page.getByLabel('API key')).toBeFocused();
});
