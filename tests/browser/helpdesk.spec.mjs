// Help desk: "Copy report" and "Share this step" on result and cause pages, the privacy page,
// and the whole thing by keyboard alone, at 360 px, with reduced motion.
import { test, expect, open, keyFor, axeViolations as axe } from './fixtures.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

/** The Console-style hint of a key: its first 16 characters, "...", its last 4. */
const hintOf = (key) => `${key.slice(0, 16)}...${key.slice(-4)}`;

test('Copy report on a cause page: the key check, the live verdict and the path, never the key', async ({ page }) => {
  const key = keyFor('invalid');
  await open(page);
  await page.getByLabel('API key').fill(` ${key}\n`);
  await page.getByRole('button', { name: 'Use cleaned key' }).first().click();
  await page.getByRole('button', { name: 'Test key' }).click();
  await expect(page.locator('.verdict-kind')).toHaveText('Rejected');
  // On to a cause by the walk, in place: the session goes with it.
  await page.getByRole('link', { name: /Walk me through it/ }).click();
  await page.getByRole('link', { name: /Python/ }).first().click();
  await page.getByRole('link', { name: /Python 2\.0 or later/ }).click();
  await expect(page).toHaveURL(/sdk=py-2/);

  // The preview, opened first, then shows exactly what each copy puts on the clipboard.
  await page.getByText('Preview the report').click();
  await expect(page.getByLabel('The report')).toContainText('Left out on purpose');
  await page.getByRole('button', { name: 'Copy report (Markdown)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Report copied as Markdown' })).toBeVisible();
  const markdown = await clipboard(page);
  await expect(page.getByLabel('The report')).toHaveText(markdown);
  expect(markdown).toContain(hintOf(key));
  expect(markdown).toContain('401');
  expect(markdown).toContain('authentication_error');
  expect(markdown).toMatch(/Python ≥ 2\.0|Python 2/);
  expect(markdown).toMatch(/\/step\/which-tool\//);
  expect(markdown).toContain('Left out on purpose');
  expect(markdown).not.toContain(key);
  expect(markdown).not.toContain(key.slice(20, 60));

  await page.getByRole('button', { name: 'Copy report (plain text)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Report copied as plain text' })).toBeVisible();
  const text = await clipboard(page);
  await expect(page.getByLabel('The report')).toHaveText(text);
  expect(text).toContain(hintOf(key));
  expect(text).not.toContain(key);
  expect(text).not.toContain('](');
});

test('Share this step copies the step and answers, never the key, and the link opens that step', async ({
  page, browser,
}) => {
  const key = keyFor('works');
  await open(page);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('link', { name: /Walk me through it/ }).click();
  await page.getByRole('link', { name: /Python/ }).first().click();
  await expect(page).toHaveURL(/tool=python/);
  await page.getByRole('button', { name: 'Share this step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await clipboard(page);
  expect(link).toMatch(/\/step\/which-sdk-version\/\?tool=python$/);
  expect(link).not.toContain('sk-ant');
  expect(link).not.toContain(key.slice(14, 40));
  // A help desk opens it in a browser of its own.
  const desk = await browser.newContext();
  const other = await desk.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(await page.getByRole('heading', { level: 1 }).textContent());
  await desk.close();
});

test('the privacy page quotes the policy the browser enforces, word for word, and is accessible', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'How to check' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How Key Doctor keeps your key safe');
  const enforced = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  await expect(page.locator('code.policy')).toHaveText(enforced);
  await expect(page.getByRole('region', { name: 'Test key' })).toContainText('GET https://api.anthropic.com/v1/models');
  await expect(page.locator('main')).toContainText('localStorage: nothing');
  expect(await axe(page)).toEqual([]);
});

test('by keyboard alone: from the start to a cause, its report and its share link, focus on each new heading', async ({
  page,
}) => {
  await open(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, text: el.textContent.trim().slice(0, 80), outline: getComputedStyle(el).outlineStyle };
  });
  /** Tabs until the focused element's text matches, within a bound. */
  async function tabTo(pattern) {
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (pattern.test(now.text)) {
        expect(now.outline, `focus is visible on ${now.text}`).not.toBe('none');
        return;
      }
    }
    throw new Error(`Tab never reached ${pattern}`);
  }
  await tabTo(/Walk me through it/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/step\/which-tool\//);
  expect((await focused()).tag).toBe('H1');
  await tabTo(/^Python/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/tool=python/);
  expect((await focused()).tag).toBe('H1');
  await tabTo(/Python 2\.0 or later/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sdk=py-2/);
  await tabTo(/Could not resolve authentication method/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/says=could-not-resolve/);
  await tabTo(/Docker/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/step\/docker-env-missing\//);
  await expect(page.getByRole('heading', { name: 'Verify the fix' })).toBeVisible();
  expect((await focused()).tag).toBe('H1');
  const cause = new URL(page.url());

  await tabTo(/^Copy report \(Markdown\)$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Report copied' })).toBeVisible();
  expect(await clipboard(page)).toContain(cause.pathname);
  await tabTo(/^Share this step$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(new URL(await clipboard(page)).pathname).toBe(cause.pathname);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/step/key-not-set/', '/step/all-causes/', '/privacy/', '/no-key/', '/which-credential/']) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await open(page, path);
      // The tool pages' forms are drawn live by their own module, after the app: measure those.
      if (['/no-key/', '/which-credential/'].includes(path)) await expect(page.locator('[data-island][data-live]')).toBeAttached();
      const preview = page.getByText('Preview the report');
      if (await preview.count()) await preview.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('nothing moves: no animation or transition runs while a call waits or a step changes', async ({ page }) => {
    await open(page);
    await page.getByLabel('API key').fill(keyFor('hang'));
    await page.getByRole('button', { name: 'Test key' }).click();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: /Walk me through it/ }).click();
    await expect(page).toHaveURL(/which-tool/);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});
