// The key check, as a user meets it: instant verdicts while typing or pasting, no network,
// nothing kept anywhere.
import { test, expect, open } from './fixtures.mjs';

const GOOD_KEY = 'sk-ant-api03-' + 'R2D' + 'x7Qk9-_Zp'.repeat(10).slice(0, 88) + 'igAA';

/** Pastes `text` the way a browser does into a single-line field: the paste event carries the
 * raw text, the field keeps it minus line breaks. */
async function paste(page, text) {
  await page.getByLabel('API key').evaluate((el, raw) => {
    const data = new DataTransfer();
    data.setData('text/plain', raw);
    el.focus();
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    el.value = raw.replace(/[\r\n]/g, '');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

test('a well-formed API key is recognised, with its Console hint', async ({ page }) => {
  expect(GOOD_KEY.length).toBe(108);
  await open(page);
  await page.getByLabel('API key').fill(GOOD_KEY);
  const verdict = page.locator('#key-verdict');
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  await expect(verdict).toContainText('Anthropic API key');
  await expect(page.locator('.hint')).toHaveText('sk-ant-api03-R2D...igAA');
  await expect(page.locator('.finding.severity-blocks')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Test key' })).toBeVisible();
  // The page never shows the whole key.
  expect(await page.locator('main').innerText()).not.toContain(GOOD_KEY.slice(13, 60));
});

test('a trailing newline in the paste is reported even though the field dropped it', async ({ page }) => {
  await open(page);
  await paste(page, GOOD_KEY + '\n');
  await expect(page.getByLabel('API key')).toHaveValue(GOOD_KEY);
  const findings = page.locator('#key-findings');
  await expect(findings).toContainText(/line break/i);
  await expect(findings).toContainText('character 109');
  await expect(page.getByRole('button', { name: 'Use cleaned key' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test key' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Use cleaned key' }).first().click();
  await expect(findings).not.toContainText(/line break/i);
  await expect(page.getByRole('button', { name: 'Test key' })).toBeVisible();
});

test('an OpenAI key is named as such and not offered for testing', async ({ page }) => {
  await open(page);
  await page.getByLabel('API key').fill('sk-proj-' + 'a'.repeat(74) + 'T3BlbkFJ' + 'b'.repeat(74));
  await expect(page.locator('#key-verdict')).toContainText('OpenAI');
  await expect(page.getByRole('button', { name: /^Test/ })).toHaveCount(0);
  await expect(page.locator('.not-sent')).toContainText('Not sent');
});

test('an OAuth token is told apart from an API key', async ({ page }) => {
  await open(page);
  await page.getByLabel('API key').fill('sk-ant-oat01-' + 'Zm9vYmFy'.repeat(12));
  await expect(page.locator('#key-verdict')).toContainText(/OAuth/);
  await expect(page.getByRole('button', { name: /^Test/ })).toHaveCount(0);
});

test('pasted HTML and script stay inert text', async ({ page, watched }) => {
  await open(page);
  await page.getByLabel('API key').fill('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
  await expect(page.locator('#key-verdict')).not.toBeEmpty();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
  expect(watched.pageErrors).toEqual([]);
});

test('a megabyte paste gets an answer without freezing the tab', async ({ page, watched }) => {
  await open(page);
  const started = Date.now();
  await paste(page, ('sk-ant-api03-' + 'Ж\u200b '.repeat(40)).repeat(2600));
  await expect(page.locator('#key-verdict')).not.toBeEmpty();
  // The page still responds to input afterwards.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByLabel('API key')).toHaveValue('');
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(watched.pageErrors).toEqual([]);
});

test('typing a key makes no network request and leaves nothing behind', async ({ page, context, watched }) => {
  await open(page);
  const before = watched.requests.length;
  await page.getByLabel('API key').pressSequentially(GOOD_KEY.slice(0, 40), { delay: 5 });
  await page.getByLabel('API key').fill(GOOD_KEY);
  await paste(page, 'ANTHROPIC_API_KEY="' + GOOD_KEY + '"\n');
  await expect(page.locator('#key-findings')).toContainText(/ANTHROPIC_API_KEY/);
  expect(watched.requests.slice(before)).toEqual([]);
  const stored = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    url: location.href,
  }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', url: new URL('/', page.url()).href });
  expect(await context.cookies()).toEqual([]);
  const idb = await page.evaluate(async () => (await indexedDB.databases()).length);
  expect(idb).toBe(0);
});
