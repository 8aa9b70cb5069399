// Static first: every page reads completely without JavaScript, and the wasm takes over what the
// HTML shows without moving anything, keeping what was typed, the focus and the caret.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, open } from './fixtures.mjs';

const tree = JSON.parse(readFileSync(new URL('../../dist/tree.json', import.meta.url), 'utf8'));
const KEY = 'sk-ant-api03-' + 'R2D' + 'x7Qk9-_Zp'.repeat(10).slice(0, 88) + 'igAA';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page reads fully and says what needs JavaScript', async ({ page }) => {
    const response = await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why does the Anthropic API reject my key?');
    await expect(page.getByLabel('API key')).toBeVisible();
    // (Playwright turns scripts off after parsing starts, so <noscript> still parses as text here;
    // a browser with JavaScript off shows it. Check that the page carries it.)
    expect(await response.text()).toMatch(/<noscript><p[^>]*>The key check runs in your browser and needs JavaScript/);
    // Nothing that cannot work is offered: no key-check buttons, no copy buttons.
    await expect(page.locator('main button:visible')).toHaveCount(0);
  });

  test('a walk goes from page to page by plain links', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /Walk me through it/ }).click();
    await expect(page).toHaveURL(/\/step\/which-tool\/$/);
    const first = tree.question.find((q) => q.id === 'which-tool');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    const answer = first.answer.find((a) => a.value === 'curl');
    await page.getByRole('link', { name: answer.label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/step/${answer.next}/\\?tool=curl$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(first.title);
  });

  test('a fix card shows every snippet panel, each under its surface', async ({ page }) => {
    await page.goto('/step/key-not-set/');
    const card = page.locator('article.fix-card');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(tree.cause.find((c) => c.id === 'key-not-set').title);
    const panels = card.locator('[role=tabpanel]');
    const count = await panels.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i += 1) await expect(panels.nth(i)).toBeVisible();
    await expect(card.getByRole('tab')).toHaveCount(0);
    await expect(card.locator('.panel-name').first()).toBeVisible();
  });

  test('All causes lists every cause, and its links open them', async ({ page }) => {
    await page.goto('/step/all-causes/');
    const links = page.locator('.all-causes a');
    await expect(links).toHaveCount(tree.cause.length);
    const last = tree.cause[tree.cause.length - 1];
    await page.getByRole('link', { name: last.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/step/${last.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
  });
});

/** Holds the wasm back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  return release;
}

/** Records layout shifts (the browser's own measure, CLS) from the start of the page. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push({ value: e.value, recent: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('a key typed before the wasm arrives is kept and checked when it does, with focus and caret kept', async ({ page }) => {
  await recordShifts(page);
  const release = await holdWasm(page);
  await page.goto('/');
  const field = page.getByLabel('API key');
  await field.click();
  await page.keyboard.type(KEY);
  // Put the caret somewhere other than the end: it must stay there.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('html[data-live]')).toHaveCount(0);
  release();
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(page.locator('#key-verdict')).toContainText('Anthropic API key');
  await expect(field).toHaveValue(KEY);
  await expect(field).toBeFocused();
  expect(await field.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([KEY.length - 4, KEY.length - 4]);
  // The verdict appears below the field: what it pushes down is the page answering the key, which
  // the browser counts as following the user's input, not as an unexpected shift.
  expect((await page.evaluate(() => window.__shifts)).filter((shift) => !shift.recent)).toEqual([]);
  // Typing goes on where it was.
  await page.keyboard.type('Z');
  await expect(field).toHaveValue(KEY.slice(0, -4) + 'Z' + KEY.slice(-4));
});

for (const path of ['/', '/step/key-not-set/', '/step/which-tool/?tool=python', '/step/all-causes/', '/which-credential/']) {
  test(`nothing moves while the wasm takes over ${path}`, async ({ page }) => {
    await recordShifts(page);
    const release = await holdWasm(page);
    await page.goto(path);
    await page.waitForLoadState('load');
    const before = await page.locator('main').boundingBox();
    release();
    await expect(page.locator('html[data-live]')).toBeAttached();
    // Give the islands and the walk index time to settle.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
    expect(await page.locator('main').boundingBox()).toEqual(before);
  });
}

test.describe('under a sub-path', () => {
  const built = existsSync(new URL('../../dist-sub/index.html', import.meta.url));

  test('the build for /kd/ links, loads and moves under /kd/', async ({ page, watched }) => {
    expect(built, 'make test builds dist-sub with --public-url /kd/').toBe(true);
    await open(page, '/kd/step/key-not-set/?tool=python');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.cause.find((c) => c.id === 'key-not-set').title);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kd\/step\/key-not-set\/$/);
    for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href, 'every site link stays under the sub-path').toMatch(/^\/kd\//);
    }
    await page.getByRole('link', { name: 'All causes' }).click();
    await expect(page).toHaveURL(/\/kd\/step\/all-causes\/\?tool=python$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All causes');
    expect(watched.requests.filter((r) => new URL(r.url).pathname.startsWith('/kd/') === false)).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });

  test('an old ?step= link under /kd/ lands on its step', async ({ page }) => {
    expect(built).toBe(true);
    await open(page, '/kd/?step=key-not-set');
    await expect(page).toHaveURL(/\/kd\/step\/key-not-set\/$/);
  });
});
