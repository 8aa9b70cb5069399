// The decision tree in the browser: every step has its own prerendered page on a static host
// without SPA fallback, walks work in place once the app runs, and history behaves.
import { readFileSync } from 'node:fs';
import { test, expect, open, live, axeViolations } from './fixtures.mjs';

const tree = JSON.parse(readFileSync(new URL('../../dist/tree.json', import.meta.url), 'utf8'));
const steps = [
  ...tree.question.map((q) => [q.id, q.title]),
  ...tree.cause.map((c) => [c.id, c.title]),
];

test('the tree has the steps the product promises', () => {
  expect(tree.start).toBe('which-tool');
  expect(tree.cause.length).toBeGreaterThanOrEqual(39);
});

for (const [slug, title] of steps) {
  test(`step/${slug}/ opens its page, accessible`, async ({ page, watched }) => {
    await open(page, `/step/${slug}/`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(title);
    await expect(page).toHaveTitle(`${title} · Key Doctor`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/step/${slug}/$`));
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
}

test('moving to a step happens in place: its static page is fetched, the app stays, the heading takes the focus', async ({ page, watched }) => {
  await open(page);
  await expect(page.getByLabel('API key')).toBeVisible();
  await page.getByRole('link', { name: /Walk me through it/ }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(tree.question[0].title);
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(`${tree.question[0].title} · Key Doctor`);
  // One wasm for the whole session; the step's own page was fetched, not the whole tree.
  expect(watched.requests.filter((r) => r.url.endsWith('.wasm'))).toHaveLength(1);
  expect(watched.requests.filter((r) => r.url.endsWith('/step/which-tool/'))).toHaveLength(1);
  expect(watched.requests.some((r) => r.url.endsWith('/tree.json'))).toBe(false);
});

test('old ?step= links land on their step, keeping the answers, without drawing the start page', async ({ page }) => {
  // The start page's document may finish parsing before the step's arrives: it must not show.
  const shown = [];
  page.on('console', (msg) => { if (msg.text().startsWith('start page boxes:')) shown.push(msg.text()); });
  await page.addInitScript(() => {
    if (!/\/step\//.test(location.pathname)) {
      addEventListener('DOMContentLoaded', () =>
        console.log('start page boxes:' + (document.querySelector('h1')?.getClientRects().length ?? 0)));
    }
  });
  await open(page, '/?step=key-not-set&tool=python');
  await expect(page).toHaveURL(/\/step\/key-not-set\/\?tool=python$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.cause.find((c) => c.id === 'key-not-set').title);
  expect(shown.filter((line) => line !== 'start page boxes:0')).toEqual([]);
});

test('an unknown step is a friendly page with a way back', async ({ page }) => {
  // The static host answers 404.html; the app then says which step it was.
  const response = await page.goto('/step/no-such-step/');
  expect(response.status()).toBe(404);
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See all causes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All causes');
  const links = page.locator('.all-causes a');
  await expect(links).toHaveCount(tree.cause.length);
});

test('a full walk: Python 2, "Could not resolve…", Docker → the container secret, then done', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: /Walk me through it/ }).click();
  await page.getByRole('link', { name: /Python/ }).first().click();
  await expect(page).toHaveURL(/tool=python/);
  await page.getByRole('link', { name: /Python 2\.0 or later/ }).click();
  await expect(page).toHaveURL(/sdk=py-2/);
  await page.getByRole('link', { name: /Could not resolve authentication method/ }).first().click();
  await expect(page).toHaveURL(/says=could-not-resolve/);
  await page.getByRole('link', { name: /Docker/ }).first().click();
  await expect(page).toHaveURL(/\/step\/docker-env-missing\/\?/);
  const trail = page.getByRole('navigation', { name: 'Your answers' });
  await trail.getByText(/Your answers \(\d\)/).click();
  await expect(trail).toContainText('Python');
  await expect(page.getByRole('heading', { name: 'Verify the fix' })).toBeVisible();
  await page.getByRole('link', { name: 'Yes, it works now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixed. Good.');
});

test('back, forward, reload and Start over keep the right step', async ({ page }) => {
  await open(page, '/step/which-tool/');
  const first = tree.question.find((q) => q.id === 'which-tool');
  await page.getByRole('link', { name: first.answer[0].label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(first.title);
  const secondUrl = page.url();
  const secondTitle = await page.getByRole('heading', { level: 1 }).innerText();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
  await page.reload();
  await expect(page).toHaveURL(secondUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
  // Back knows the step before only once the app runs (the static link goes to the start).
  await live(page);
  await page.getByRole('link', { name: '← Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.getByRole('link', { name: 'Start over' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why does the Anthropic API reject my key?');
});

test('a key finding links straight to its cause', async ({ page }) => {
  await open(page);
  await page.getByLabel('API key').fill('Bearer sk-ant-api03-' + 'A'.repeat(93) + 'AA');
  await page.getByRole('link', { name: 'Why and how to fix' }).first().click();
  await expect(page).toHaveURL(/\/step\/[a-z-]+\/$/);
  await expect(page.getByRole('heading', { name: 'Fix it', exact: true })).toBeVisible();
  // The key is still in memory for the way back, and never in the URL.
  expect(page.url()).not.toContain('sk-ant');
});

test('copy buttons copy the code block', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '/step/key-not-set/');
  const block = page.locator('.tab-panel:not([hidden]) .snippet').first();
  await block.getByRole('button', { name: /^Copy/ }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.locator('pre code').innerText());
});

test('if a page cannot be fetched in place, the browser loads it the ordinary way', async ({ page }) => {
  await open(page, '/step/key-not-set/');
  // The in-place fetch fails (as a flaky network would); the page load that follows does not.
  await page.route('**/step/all-causes/', (route) =>
    route.request().resourceType() === 'fetch' ? route.abort('connectionfailed') : route.continue());
  await page.getByRole('link', { name: 'All causes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All causes');
  await expect(page).toHaveURL(/\/step\/all-causes\/$/);
});

test('a damaged walk index leaves the trail without its answers, and the page whole', async ({ page, watched }) => {
  await page.route('**/walk.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"question": 5}' }));
  await open(page, '/step/key-not-set/?tool=python');
  const trail = page.getByRole('navigation', { name: 'Your answers' });
  await expect(trail.getByRole('link', { name: '← Back' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.cause.find((c) => c.id === 'key-not-set').title);
  expect(watched.pageErrors).toEqual([]);
});

test('a card reached by a walk marks what the user\'s SDK version does', async ({ page }) => {
  // Python 2.x, "Pass at most one of …": the card's row for Python ≥ 2.0 is the user's.
  await open(page, '/step/which-tool/');
  await page.getByRole('link', { name: /Python SDK/ }).first().click();
  await page.getByRole('link', { name: /Python 2\.0 or later/ }).click();
  await page.getByRole('link', { name: /Pass at most one of/ }).first().click();
  await expect(page).toHaveURL(/\/step\/two-credential-arguments\/\?tool=python&sdk=py-2&says=/);
  const mine = page.locator('.sdk-row.yours');
  await expect(mine).toHaveCount(1);
  await expect(mine).toHaveAttribute('data-sdk', 'py-2');
  await expect(mine.getByText('(your version)')).toBeVisible();
  // A deep link to the same card, with the same answers, marks the same row.
  await page.goto(page.url());
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(page.locator('.sdk-row.yours')).toHaveAttribute('data-sdk', 'py-2');
});
