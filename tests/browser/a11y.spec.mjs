// Accessibility: axe finds no violations on each kind of page, in light and dark mode
// (names on every control, contrast, landmarks, ARIA use).
import { test, expect, open, keyFor, axeViolations as axe } from './fixtures.mjs';

for (const colorScheme of ['light', 'dark']) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('start page with findings and a live verdict', async ({ page }) => {
      await open(page);
      await page.getByLabel('API key').fill(`"${keyFor('invalid')}" `);
      await expect(page.locator('.finding').first()).toBeVisible();
      await page.getByRole('button', { name: 'Use cleaned key' }).first().click();
      await page.getByRole('button', { name: 'Test key' }).click();
      await expect(page.locator('.verdict-kind')).toHaveText('Rejected');
      expect(await axe(page)).toEqual([]);
    });

    test('a question, a fix card and all causes', async ({ page }) => {
      for (const step of ['which-tool', 'key-not-set', 'all-causes', 'no-such-step']) {
        await open(page, `/step/${step}/`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await axe(page), step).toEqual([]);
      }
    });
  });
}
