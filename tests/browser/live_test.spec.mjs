// The live test call against a local fake of api.anthropic.com that behaves like the real one.
// Each scenario checks the verdict a user reads, exactly what was sent, that nothing was sent
// before the click, and that nothing went to any other host.
import { test, expect, open, keyFor, apiRequestsFor, onlyOwnOriginAndApi } from './fixtures.mjs';

// [scenario, verdict family, words the verdict must contain, request id expected]
const SCENARIOS = [
  ['works', 'Works', /accepted|works/i, true],
  ['invalid', 'Rejected', /invalid x-api-key/i, true],
  ['missing', 'Rejected', /x-api-key header is required/i, true],
  ['bearer', 'Rejected', /bearer/i, true],
  ['oauth', 'Rejected', /OAuth/i, true],
  ['oauthorg', 'Rejected', /OAuth/i, true],
  ['oauthexpired', 'Rejected', /expired/i, true],
  ['claudecode', 'Rejected', /Claude Code/i, true],
  ['credentials', 'Rejected', /credentials/i, true],
  ['orgbrowser', 'Rejected', /terminal|browser/i, true],
  ['notfound', 'Rejected', /disabled|deleted|not found/i, true],
  ['permission', 'Rejected', /permission/i, true],
  ['region', 'Rejected', /region|country|not allowed/i, false],
  ['orgdisabled', 'Rejected', /organization has been disabled|organization is disabled/i, true],
  ['workspace', 'Rejected', /anthropic-workspace-id/i, true],
  ['billing', 'Rejected', /billing/i, true],
  ['spendlimit', 'Rejected', /limit/i, true],
  ['ratelimit', "Couldn't tell", /rate limit/i, true],
  ['overloaded', "Couldn't tell", /overloaded/i, true],
  ['servererror', "Couldn't tell", /server|internal/i, true],
  ['gateway', "Couldn't tell", /time|504|server/i, true],
  ['html', "Couldn't tell", /not Anthropic|proxy|HTML/i, false],
  ['weird', "Couldn't tell", /unexpected|unknown|shape/i, false],
  ['drop', "Couldn't tell", /network|connection|reach/i, false],
  ['nocors', "Couldn't tell", /network|connection|reach/i, false],
];

async function testKey(page, key, buttonName = 'Test key') {
  await page.getByLabel('API key').fill(key);
  const button = page.getByRole('button', { name: buttonName });
  await expect(button).toBeEnabled();
  await expect(page.locator('#what-is-sent')).toContainText('api.anthropic.com');
  // Nothing has gone to the API before the click.
  expect(await apiRequestsFor(key)).toEqual([]);
  await button.click();
  return page.getByRole('article', { name: 'Live test result' }).first();
}

for (const [scenario, family, words, hasRequestId] of SCENARIOS) {
  test(`live test: ${scenario} → ${family}`, async ({ page, watched }) => {
    await open(page);
    const key = keyFor(scenario);
    const verdict = await testKey(page, key);
    await expect(verdict.locator('.verdict-kind')).toHaveText(family);
    await expect(verdict).toContainText(words);
    if (family !== 'Rejected') await expect(verdict).not.toContainText(/invalid x-api-key/i);
    if (hasRequestId) await expect(verdict.locator('.request-id')).toHaveText(/^req_/);
    await expect(verdict.getByRole('link', { name: 'What to do next' })).toHaveAttribute('href', /^\?step=[a-z0-9-]+$/);

    const sent = (await apiRequestsFor(key)).filter((r) => r.method === 'GET');
    if (scenario !== 'nocors') expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request.path).toBe('/v1/models?limit=20');
    expect(request.headers['x-api-key']).toBe(key);
    expect(request.headers['anthropic-version']).toBe('2023-06-01');
    expect(request.headers['anthropic-dangerous-direct-browser-access']).toBe('true');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();
    expect(onlyOwnOriginAndApi(watched, new URL(page.url()).origin)).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
}

test('a working key shows its models, organization id and rate-limit headers', async ({ page }) => {
  await open(page);
  const verdict = await testKey(page, keyFor('works'));
  await expect(verdict.locator('.verdict-kind')).toHaveText('Works');
  await expect(verdict).toContainText('Organization id');
  await expect(verdict).toContainText('anthropic-ratelimit-requests-limit');
  await verdict.getByText(/Models this key can see/).click();
  await expect(verdict.locator('.models li').first()).toContainText('claude-');
});

test('the billing check is a separate, consented second call', async ({ page }) => {
  await open(page);
  const key = keyFor('credit');
  const verdict = await testKey(page, key);
  await expect(verdict.locator('.verdict-kind')).toHaveText('Works');
  expect(await apiRequestsFor(key)).toHaveLength(1);
  await page.getByRole('button', { name: 'Check billing' }).click();
  const billing = page.getByRole('article', { name: 'Live test result' }).nth(1);
  await expect(billing.locator('.verdict-kind')).toHaveText('Rejected');
  await expect(billing).toContainText(/credit balance is too low/i);
  const posts = (await apiRequestsFor(key)).filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0].path).toBe('/v1/messages/count_tokens');
  expect(JSON.parse(posts[0].body).model).toMatch(/^claude-/);
});

test('an Admin key is tested read-only against the Admin API and named as an Admin key', async ({ page }) => {
  await open(page);
  const key = keyFor('admin', { admin: true });
  const verdict = await testKey(page, key, 'Test Admin key');
  await expect(verdict.locator('.verdict-kind')).toHaveText('Works');
  await expect(verdict).toContainText(/Admin/);
  const [request] = await apiRequestsFor(key);
  expect(request.path).toBe('/v1/organizations/api_keys?limit=1');
});

test('Cancel stops a call that hangs, and says nothing about the key', async ({ page }) => {
  await open(page);
  const verdictPromise = testKey(page, keyFor('hang'));
  const progress = page.locator('.progress');
  await expect(progress).toContainText('Waiting for api.anthropic.com');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  const verdict = await verdictPromise;
  await expect(verdict.locator('.verdict-kind')).toHaveText("Couldn't tell");
  await expect(verdict).toContainText(/cancel/i);
  await expect(progress).toHaveCount(0);
});

test('a call that never answers times out after 20 seconds', async ({ page }) => {
  await page.clock.install();
  await open(page);
  const verdict = await testKey(page, keyFor('hang'));
  await expect(page.locator('.progress')).toContainText('gives up after 20 s');
  await page.clock.runFor(19_000);
  await expect(page.locator('.progress')).toContainText('19 s');
  await page.clock.runFor(1_500);
  await expect(verdict.locator('.verdict-kind')).toHaveText("Couldn't tell");
  await expect(verdict).toContainText(/time/i);
  await expect(verdict).not.toContainText(/invalid x-api-key/i);
});

test('a very large answer is handled', async ({ page, watched }) => {
  await open(page);
  const verdict = await testKey(page, keyFor('big'));
  await expect(verdict.locator('.verdict-kind')).toHaveText('Works');
  expect(watched.pageErrors).toEqual([]);
});
