// The Error message field, as a user meets it: a paste is read in the page, named for what it is,
// and a credential problem moves the page to its cause (the URL holds the step, never the text);
// typing shows the result in place; keys in the paste are warned about and never shown; a
// multi-megabyte paste never blocks the tab.
import { test, expect, open, axeViolations as axe } from './fixtures.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PY_401 = "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}";
const RATE_LIMIT = "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': \"This request would exceed your account's rate limit. Please try again later.\"}}";
const OVERLOADED = 'API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying in 1 seconds… (attempt 1/10)';
/** A key-shaped credential: `sk-ant-api03-`, 86 characters, `AA`. */
const KEY = 'sk-ant-api03-' + 'R2Dx7Qk9-_Zp'.repeat(8).slice(0, 86) + 'AA';
const hintOf = (key) => `${key.slice(0, 16)}...${key.slice(-4)}`;

/** Pastes `text` into the Error message field for real: the clipboard, then Ctrl+V. */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
}

const field = (page) => page.getByLabel('Error message', { exact: true });
const panel = (page) => page.getByRole('region', { name: 'From your pasted error' });

// SDKs and tools, each pasted as it prints, and the step its reading leads to.
const PASTES = [
  ['Python SDK (dict repr)', PY_401, 'key-listed'],
  ['TypeScript SDK', 'AuthenticationError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CTs16000000000000000"}', 'key-listed'],
  ['Go SDK', 'POST "https://api.anthropic.com/v1/messages": 401 Unauthorized (Request-ID: req_011Cbp9qN4DLonoCTxRi2pJN) {"type":"error","error":{"type":"authentication_error","message":"Invalid bearer token"},"request_id":"req_011Cbp9qN4DLonoCTxRi2pJN"}', 'bearer-instead-of-x-api-key'],
  ['LiteLLM', "litellm.AuthenticationError: AnthropicException - b'{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}'", 'key-listed'],
  ['Claude Code', 'Not logged in · Please run /login', 'claude-code-not-logged-in'],
  ['Vercel AI SDK', "AI_LoadAPIKeyError: Anthropic API key is missing. Pass it using the 'apiKey' parameter or the ANTHROPIC_API_KEY environment variable.", 'key-not-set'],
];

test('a 2 MB paste never blocks the tab for 200 ms, is read whole, and finds its cause @timing', async ({ page, watched }) => {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await open(page);
  // Megabytes of noise with one authentication failure in the middle, far past what the field shows.
  const noise = (n) => Array.from({ length: n }, (_, i) => `2026-12-01T09:00:${String(i % 60).padStart(2, '0')}.123Z INFO worker-${i % 7} processed batch ${i} in ${i % 97} ms`).join('\n');
  const text = `${noise(16000)}\n${PY_401}\n${noise(16000)}\n`;
  expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field(page).focus();
  const started = await page.evaluate(() => performance.now());
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page).toHaveURL(/\/step\/key-listed\/$/);
  await expect(panel(page)).toContainText('A credential problem');
  // Let any task still running finish and be reported.
  await page.waitForTimeout(300);
  const tasks = await page.evaluate((t0) => window.__longTasks.filter((t) => t.start + t.duration >= t0), started);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  console.log(`2 MB paste: longest main-thread task ${Math.round(longest)} ms (${tasks.length} long tasks)`);
  expect(longest).toBeLessThan(200);
  // Back on the start page, the field shows the start of it and says all of it was read.
  await page.getByRole('link', { name: 'Edit the pasted error' }).click();
  await expect(page.locator('.long-paste')).toHaveText(/^2\.\d MB pasted: the field shows the first 16 KB; all of it was read\.$/);
  expect((await field(page).inputValue()).length).toBeLessThanOrEqual(16 * 1024);
  expect(watched.pageErrors).toEqual([]);
});

for (const [source, text, step] of PASTES) {
  test(`${source}: a paste moves to its cause, and the step shows what was found`, async ({ page, watched }) => {
    await open(page);
    await paste(page, text);
    await expect(page).toHaveURL(new RegExp(`/step/${step}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page)).toContainText('A credential problem');
    await expect(panel(page).locator('.evidence-lines li').first()).toContainText('Line 1');
    await expect(panel(page)).toContainText('is this page');
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
}

test('the URL holds the step, never the paste, and reloading it shows the cause again', async ({ page }) => {
  await open(page);
  await paste(page, PY_401);
  await expect(page).toHaveURL(/\/step\/key-listed\/$/);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  expect(page.url()).not.toMatch(/x-api-key|authentication_error|401/);
  await page.reload();
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // The paste lived in memory only: gone after the reload, and the panel shows nothing.
  await expect(panel(page)).toBeHidden();
});

for (const [what, text, label] of [
  ['a rate limit (429)', RATE_LIMIT, 'Not a key problem: a rate limit'],
  ['an overload (529)', OVERLOADED, 'Not a key problem: an overload'],
]) {
  test(`${what} is named as not a key problem and does not move to a key cause`, async ({ page }) => {
    await open(page);
    await paste(page, text);
    const status = page.locator('.reading-progress');
    await expect(status).toContainText(label);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('.reading')).not.toContainText(/invalid|wrong key|rotate/i);
  });
}

test('a paste holding a key warns, by hint only, and the page never holds the key', async ({ page }) => {
  await open(page);
  await paste(page, `$ export ANTHROPIC_API_KEY=${KEY}\n$ python app.py\n${PY_401}`);
  await expect(page).toHaveURL(/\/step\/key-listed\/$/);
  const warning = panel(page).getByRole('alert');
  await expect(warning).toContainText('treat it as exposed');
  await expect(warning).toContainText(hintOf(KEY));
  await expect(warning).toContainText('Anthropic API key');
  await expect(warning).toContainText(/Console/);
  const secret = KEY.slice(16, -4);
  expect(await page.locator('body').innerText()).not.toContain(secret);
  expect(await page.content()).not.toContain(secret);
  expect(page.url()).not.toContain(secret);
  // Back on the start page the field holds the paste again (the user's own text), and the
  // page's text and markup still hold only the hint.
  await page.getByRole('link', { name: 'Edit the pasted error' }).click();
  await expect(field(page)).toHaveValue(new RegExp('ANTHROPIC_API_KEY='));
  await expect(page.locator('#error-paste').getByRole('alert')).toContainText(hintOf(KEY));
  expect(await page.locator('body').innerText()).not.toContain(secret);
  expect(await page.content()).not.toContain(secret);
});

test('<script> and <img onerror> in the paste stay inert text', async ({ page, watched }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await open(page);
  const hostile = `<img src=x onerror="window.__pwned=1;alert(1)"> Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key <script>window.__pwned=1</script>'}}`;
  await field(page).fill(hostile);
  await expect(page.locator('.evidence-lines')).toContainText('<img src=x');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test('typing does not jump: the result shows in place with "Go to the cause"', async ({ page }) => {
  await open(page);
  await field(page).pressSequentially('Invalid API key · Fix external API key', { delay: 10 });
  await expect(page.locator('.reading-progress')).toContainText('A credential problem');
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(field(page)).toBeFocused();
  await page.getByRole('link', { name: 'Go to the cause' }).click();
  await expect(page).toHaveURL(/\/step\/[a-z0-9-]+\/$/);
  await expect(panel(page)).toContainText('is this page');
});

test('an unrecognized text says so and offers the way forward', async ({ page }) => {
  await open(page);
  await paste(page, 'Segmentation fault (core dumped)');
  await expect(page.locator('.reading-progress')).toContainText('Not recognized');
  const reading = page.locator('.reading');
  await expect(reading.getByRole('link', { name: 'Walk me through it' })).toHaveAttribute('href', '/step/which-tool/');
  await expect(reading.getByRole('link', { name: 'the list of messages' })).toHaveAttribute('href', '/step/what-says/');
  expect(new URL(page.url()).pathname).toBe('/');
});

test('Clear empties the field and the result, and leaves the key field alone', async ({ page }) => {
  await open(page);
  await page.getByLabel('API key').fill(KEY);
  await field(page).fill(PY_401);
  await expect(page.locator('.reading')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the error message' }).click();
  await expect(field(page)).toHaveValue('');
  await expect(field(page)).toBeFocused();
  await expect(page.locator('.reading')).toHaveCount(0);
  await expect(page.getByLabel('API key')).toHaveValue(KEY);
});

test('the field is private, and "I have an error message" puts the caret in it', async ({ page }) => {
  await open(page);
  await expect(field(page)).toHaveAttribute('autocomplete', 'off');
  await expect(field(page)).toHaveAttribute('spellcheck', 'false');
  await expect(field(page)).toHaveAttribute('data-1p-ignore', 'true');
  await expect(field(page)).toHaveAttribute('data-lpignore', 'true');
  await page.getByRole('link', { name: /I have an error message/ }).click();
  await expect(field(page)).toBeFocused();
  await expect(page.locator('#error-paste').getByRole('link', { name: 'the list of known messages' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing on the result, on the start page and on the cause (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await field(page).fill(`ANTHROPIC_API_KEY=${KEY}\n${PY_401}`);
    await expect(page.locator('.key-warning')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to the cause' }).click();
    await expect(panel(page)).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Edit the pasted error' }).click();
    await field(page).fill('Segmentation fault (core dumped)');
    await expect(page.locator('.way-forward')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test('by keyboard alone: to the field, paste, the cause, and back to edit it', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: /I have an error message/ }).focus();
  await page.keyboard.press('Enter');
  await expect(field(page)).toBeFocused();
  await page.evaluate((t) => navigator.clipboard.writeText(t), PY_401);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page).toHaveURL(/\/step\/key-listed\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Tab reaches "Edit the pasted error"; Enter goes back, where the field holds the paste.
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.textContent)) === 'Edit the pasted error') break;
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(field(page)).toHaveValue(PY_401);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the result and the cause have no horizontal scroll', async ({ page }) => {
    await open(page);
    await field(page).fill(`ANTHROPIC_API_KEY=${KEY}\n${PY_401.repeat(3)}`);
    await expect(page.locator('.key-warning')).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Go to the cause' }).click();
    await expect(panel(page)).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test('an error typed before the wasm arrives is kept and read when it does', async ({ page }) => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/key-doctor-*.wasm', async (route) => { await released; await route.continue(); });
  await page.goto('/');
  await field(page).click();
  await page.keyboard.type('Not logged in · Please run /login');
  await expect(page.locator('html[data-live]')).toHaveCount(0);
  release();
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(field(page)).toHaveValue('Not logged in · Please run /login');
  await expect(field(page)).toBeFocused();
  await expect(page.locator('.reading-progress')).toContainText('A credential problem');
  expect(new URL(page.url()).pathname).toBe('/');
});

test('the reader runs in a worker under the page\'s own policy: it may fetch this site, nothing else', async ({ page, watched }) => {
  await open(page);
  await paste(page, PY_401);
  await expect(page).toHaveURL(/\/step\/key-listed\/$/);
  const workers = page.workers();
  expect(workers.map((w) => new URL(w.url()).protocol)).toEqual(['blob:']);
  const [reader] = workers;
  // The module and its wasm came from this site, through the worker.
  const origin = new URL(page.url()).origin;
  expect(watched.requests.map((r) => new URL(r.url).pathname)).toEqual(
    expect.arrayContaining(['/recognizer/recognizer.js', '/recognizer/recognizer_bg.wasm']));
  // The same server under another origin (localhost for 127.0.0.1) answers an opaque fetch to
  // anyone without a policy; the worker is refused by connect-src, and says so.
  const elsewhere = origin.replace('127.0.0.1', 'localhost');
  const tried = await reader.evaluate(async ([own, other]) => {
    const violations = [];
    self.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const attempt = (url) => fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(() => 'sent', () => 'refused');
    const result = { own: await attempt(`${own}/`), other: await attempt(`${other}/`) };
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ...result, violations };
  }, [origin, elsewhere]);
  expect(tried).toEqual({ own: 'sent', other: 'refused', violations: ['connect-src'] });
});

test('a reader that cannot be downloaded says so, and "Try again" reads the paste once it can', async ({ page, context }) => {
  await open(page);
  // Routed on the context: the worker's requests, not only the page's, go through it.
  await context.route('**/recognizer/**', (route) => route.abort('internetdisconnected'));
  await paste(page, PY_401);
  const progress = page.locator('.reading-progress');
  await expect(progress).toContainText('Could not read it: the error reader could not be downloaded from this site');
  expect(new URL(page.url()).pathname).toBe('/');
  await context.unroute('**/recognizer/**');
  await progress.getByRole('button', { name: 'Try again' }).click();
  await expect(progress).toContainText('A credential problem');
  await expect(page.getByRole('link', { name: /Go to the cause/ })).toBeVisible();
});
