// The privacy promise, proved over a whole session: the key check, both live tests, an error
// pasted, the walk, the report and the share link, the no-key and reasoner pages. The page talks
// to its own origin and, only after the user asks, to the API; nothing is left in any browser
// storage; no URL it ever shows holds the key or the pasted text.
import { test, expect, open, keyFor, apiRequestsFor, onlyOwnOriginAndApi } from './fixtures.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const API = 'https://api.anthropic.com';

/** What every kind of browser storage holds for the page's origin. */
async function storage(page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

const EMPTY = { localStorage: 0, sessionStorage: 0, cookie: '', indexedDB: [], caches: [], serviceWorkers: 0 };

test('a whole session sends the key only to the API, only when asked, and leaves nothing behind', async ({
  page, context, watched,
}) => {
  const key = keyFor('invalid');
  const pastedKey = keyFor('works');
  const marker = `marker${Math.random().toString(36).slice(2, 10)}`;
  const paste = [
    `Traceback (most recent call last):  # ${marker}`,
    '  File "app.py", line 7, in <module>',
    `    client = anthropic.Anthropic(api_key="${pastedKey}")`,
    "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', "
      + "'message': 'invalid x-api-key'}, 'request_id': 'req_011CPrivacyTest0000000000'}",
  ].join('\n');
  // Every address the tab shows, in the order it shows them.
  const urls = [];
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) urls.push(frame.url()); });
  const apiRequests = () => watched.requests.filter((r) => r.url.startsWith(API));

  await open(page);
  const origin = new URL(page.url()).origin;

  // 1. The key check: instant, local. Nothing goes to the API before consent.
  await page.getByLabel('API key').fill(` ${key}\n`);
  await expect(page.locator('.key-verdict')).toBeVisible();
  await page.getByRole('button', { name: 'Use cleaned key' }).first().click();
  await page.waitForTimeout(300);
  expect(apiRequests()).toEqual([]);
  expect(await apiRequestsFor(key)).toEqual([]);

  // 2. Both live tests, each on its own click: one request each, to the API's models list.
  await page.getByRole('button', { name: 'Test key' }).click();
  await expect(page.getByRole('article', { name: 'Live test result' }).first().locator('.verdict-kind'))
    .toHaveText('Rejected');
  await page.getByRole('button', { name: /^Test as Bearer/ }).click();
  await expect(page.getByRole('article', { name: 'Live test result (Bearer)' })).toBeVisible();
  const sent = await apiRequestsFor(key);
  expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models?limit=20', 'GET /v1/models?limit=20']);
  expect(apiRequests().every((r) => r.url === `${API}/v1/models?limit=20` && r.method === 'GET')).toBe(true);

  // 3. An error pasted, holding a second key: recognized here, the key hidden, the page moves to
  //    the cause with only the step in its address.
  await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
  const field = page.getByRole('textbox', { name: 'Error message' });
  await field.focus();
  await page.keyboard.press('Control+V');
  await expect(page).toHaveURL(/\/step\/[a-z0-9-]+\/$/);
  await expect(page.getByText(/treat it as exposed/i).first()).toBeVisible();
  expect(await page.content()).not.toContain(pastedKey);
  expect(await apiRequestsFor(pastedKey)).toEqual([]);

  // 4. The walk, from the start.
  await page.getByRole('link', { name: 'Start over' }).click();
  await page.getByRole('link', { name: /Walk me through it/ }).click();
  await page.getByRole('link', { name: /Python/ }).first().click();
  await page.getByRole('link', { name: /Python 2\.0 or later/ }).click();
  await expect(page).toHaveURL(/sdk=py-2/);

  // 5. The report and the share link: the key's hint, never the key or the paste.
  await page.getByRole('button', { name: 'Copy report (Markdown)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Report copied' })).toBeVisible();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('button', { name: 'Share this step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  for (const copied of [report, link]) {
    expect(copied).not.toContain(key);
    expect(copied).not.toContain(key.slice(20, 60));
    expect(copied).not.toContain(pastedKey);
    expect(copied).not.toContain(marker);
  }

  // 6. The pages beside the walk: the no-key one-liners and the reasoner (from a shared link).
  await page.goto('/no-key/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/which-credential/?gen=py-2&has=key.token');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/privacy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How Key Doctor keeps your key safe');

  // The page talked to its own origin and to the API, nowhere else; to the API only twice.
  expect(onlyOwnOriginAndApi(watched, origin)).toEqual([]);
  expect(apiRequests()).toHaveLength(2);
  expect(await apiRequestsFor(key)).toHaveLength(2);
  expect(await apiRequestsFor(pastedKey)).toEqual([]);
  // No request, to any host, carried the key or the paste in its address.
  for (const r of watched.requests) {
    expect(r.url).not.toContain(key.slice(14, 50));
    expect(r.url).not.toContain(pastedKey.slice(14, 50));
    expect(r.url).not.toContain(marker);
  }
  // No address the tab showed held them either.
  urls.push(page.url());
  for (const url of urls) {
    expect(url).not.toContain('sk-ant');
    expect(url).not.toContain(marker);
  }
  // Nothing kept: no storage of any kind, no cookie, no cache, no service worker.
  expect(await storage(page)).toEqual(EMPTY);
  expect(await context.cookies()).toEqual([]);
  expect(await context.storageState()).toEqual({ cookies: [], origins: [] });
  expect(watched.cspViolations ? await watched.cspViolations() : []).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

// Every field the user types or pastes into, before and after the app takes over: no autofill,
// no spell check (some browsers check on a server), and password managers neither fill nor save.
const PRIVATE = {
  autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off', 'data-lpignore': 'true',
  'data-1p-ignore': 'true', 'data-bwignore': 'true', 'data-form-type': 'other',
};
const TEXT_FIELDS = [
  ['/', ['API key', 'Error message']],
  ['/no-key/', ['Environment variable', 'Console hint of the key you meant (optional)', 'What the check printed']],
];
for (const when of ['prerendered', 'live']) {
  test.describe(`text fields (${when})`, () => {
    // The prerendered page is read with scripts off: with them on, the app may be swapping the
    // form in while the fields are counted.
    if (when === 'prerendered') test.use({ javaScriptEnabled: false });
    for (const [path, fields] of TEXT_FIELDS) {
      test(`every text field of ${path} is private (${when})`, async ({ page }) => {
        if (when === 'live') {
          await open(page, path);
          // The no-key form is drawn live by the tool pages' module, after the app.
          if (path === '/no-key/') await expect(page.locator('[data-island][data-live]')).toBeAttached();
        } else {
          await page.goto(path);
        }
        const inputs = page.locator('input:not([type=radio]):not([type=checkbox]), textarea');
        const labels = await inputs.evaluateAll((all) => all.map((f) => f.labels[0]?.textContent.trim()));
        expect(labels.sort()).toEqual([...fields].sort());
        for (const label of fields) {
          const field = page.getByLabel(label, { exact: true });
          for (const [name, value] of Object.entries(PRIVATE)) await expect(field).toHaveAttribute(name, value);
        }
      });
    }
  });
}
