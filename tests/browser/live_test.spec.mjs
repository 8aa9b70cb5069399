// The live test call against a local fake of api.anthropic.com that behaves like the real one.
// Each scenario checks the verdict a user reads, exactly what was sent, that nothing was sent
// before the click, and that nothing went to any other host.
import { test, expect, open, keyFor, apiLog, apiRequestsFor, onlyOwnOriginAndApi } from './fixtures.mjs';

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
  // Something in front of the API that handles only one way badly: x-api-key is the other way.
  ['stripauth', 'Works', /accepts this key/i, true],
  ['nobearer', 'Works', /accepts this key/i, true],
  ['stripxapikey', 'Rejected', /x-api-key header is required/i, true],
  // Error codes decide before the wording; an unknown one is shown as sent.
  ['onhold', 'Rejected', /on hold/i, true],
  ['creatorgone', 'Rejected', /no longer a member/i, true],
  ['scopemissing', 'Rejected', /scope/i, true],
  ['ipblocked', 'Rejected', /IP address/i, true],
  ['newcode', 'Rejected', /quantum_flux_exceeded/, true],
];
const CODES = {
  onhold: 'organization_on_hold', creatorgone: 'claude_code_key_creator_not_member',
  scopemissing: 'api_key_scope_missing', ipblocked: 'ip_not_in_allowed_range', newcode: 'quantum_flux_exceeded',
};

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
    if (CODES[scenario]) await expect(verdict.locator('.error-code')).toHaveText(CODES[scenario]);
    await expect(verdict.getByRole('link', { name: 'What to do next' })).toHaveAttribute('href', /^\/step\/[a-z0-9-]+\/$/);

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

const BEARER_BUTTON = /^Test as Bearer/;

/** Runs the Bearer test for the key already in the field; checks nothing went that way before. */
async function testBearer(page, key) {
  const button = page.getByRole('button', { name: BEARER_BUTTON });
  await expect(button).toBeEnabled();
  const what = page.locator('#what-is-sent-bearer');
  await expect(what).toContainText('Authorization: Bearer');
  await expect(what).toContainText('anthropic-version: 2026-10-21');
  await expect(what).toContainText('Python ≥ 2.0 and TypeScript ≥ 1.0');
  expect((await apiRequestsFor(key)).filter((r) => r.style === 'bearer')).toEqual([]);
  await button.click();
  return page.getByRole('article', { name: 'Live test result (Bearer)' });
}

test('the Bearer test is a separate, consented call that sends exactly what the new SDKs send', async ({
  page, watched,
}) => {
  await open(page);
  const key = keyFor('works');
  await page.getByLabel('API key').fill(key);
  await expect(page.getByRole('button', { name: BEARER_BUTTON })).toBeVisible();
  // Nothing is sent either way before a click.
  expect(await apiRequestsFor(key)).toEqual([]);

  const first = await testKey(page, key);
  await expect(first.locator('.verdict-kind')).toHaveText('Works');
  await expect(first).toContainText('x-api-key with anthropic-version: 2023-06-01');
  // The first click sent only the x-api-key way.
  expect((await apiRequestsFor(key)).map((r) => r.style)).toEqual(['x-api-key']);
  await expect(page.getByRole('region', { name: 'Both ways compared' })).toHaveCount(0);

  const clicked = Date.now() / 1000;
  const second = await testBearer(page, key);
  await expect(second.locator('.verdict-kind')).toHaveText('Works');
  await expect(second).toContainText('Authorization: Bearer with anthropic-version: 2026-10-21');
  const sent = (await apiRequestsFor(key)).filter((r) => r.style === 'bearer');
  expect(sent).toHaveLength(1);
  const [request] = sent;
  expect(request.method).toBe('GET');
  expect(request.path).toBe('/v1/models?limit=20');
  expect(request.headers.authorization).toBe(`Bearer ${key}`);
  expect(request.headers['anthropic-version']).toBe('2026-10-21');
  expect(request.headers['anthropic-dangerous-direct-browser-access']).toBe('true');
  expect(request.headers['x-api-key']).toBeUndefined();
  expect(request.headers.cookie).toBeUndefined();
  expect(request.headers.referer).toBeUndefined();
  // The browser asked the API's permission for the Authorization header first.
  const preflights = (await apiLog()).filter((e) => e.preflight && e.t >= clicked - 1);
  const asked = (e) => (e.headers['access-control-request-headers'] ?? '').split(',');
  expect(preflights.some((e) => asked(e).includes('authorization'))).toBe(true);

  const comparison = page.getByRole('region', { name: 'Both ways compared' });
  await expect(comparison).toContainText('Same answer both ways');
  await expect(comparison.getByRole('link')).toHaveCount(0);
  expect(onlyOwnOriginAndApi(watched, new URL(page.url()).origin)).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

// [scenario, x-api-key verdict, Bearer verdict, Bearer words, comparison words, step of the comparison]
const BOTH_WAYS = [
  ['stripauth', 'Works', 'Rejected', /x-api-key header is required/, /differ.*works in x-api-key but not as Bearer/i,
    'bearer-works-differently'],
  ['nobearer', 'Works', 'Rejected', /Invalid bearer token/, /differ.*works in x-api-key but not as Bearer/i,
    'bearer-works-differently'],
  ['stripxapikey', 'Rejected', 'Works', /accepts this key sent as Bearer/,
    /differ.*works as Bearer but not in x-api-key/i, 'bearer-works-differently'],
  ['invalid', 'Rejected', 'Rejected', /Invalid bearer token/, /Same answer both ways/, null],
  ['onhold', 'Rejected', 'Rejected', /on hold/, /Same answer both ways/, null],
  ['drop', "Couldn't tell", "Couldn't tell", /did not get through/, /Can't compare yet/, null],
];

for (const [scenario, firstKind, secondKind, secondWords, compared, step] of BOTH_WAYS) {
  test(`both ways: ${scenario} → ${firstKind} / ${secondKind}`, async ({ page }) => {
    await open(page);
    const key = keyFor(scenario);
    const first = await testKey(page, key);
    await expect(first.locator('.verdict-kind')).toHaveText(firstKind);
    const second = await testBearer(page, key);
    await expect(second.locator('.verdict-kind')).toHaveText(secondKind);
    await expect(second).toContainText(secondWords);
    const comparison = page.getByRole('region', { name: 'Both ways compared' });
    await expect(comparison).toContainText(compared);
    if (step) {
      await expect(comparison.getByRole('link', { name: 'What the difference means' }))
        .toHaveAttribute('href', `/step/${step}/`);
    } else {
      await expect(comparison.getByRole('link')).toHaveCount(0);
    }
    const styles = (await apiRequestsFor(key)).filter((r) => r.method === 'GET').map((r) => r.style);
    expect(styles).toEqual(['x-api-key', 'bearer']);
  });
}

test('the Bearer test runs alone, and a new key clears both results', async ({ page }) => {
  await open(page);
  const key = keyFor('stripauth');
  await page.getByLabel('API key').fill(key);
  const second = await testBearer(page, key);
  await expect(second.locator('.verdict-kind')).toHaveText('Rejected');
  await expect(page.getByRole('region', { name: 'Both ways compared' })).toHaveCount(0);
  expect((await apiRequestsFor(key)).map((r) => r.style)).toEqual(['bearer']);
  await page.getByLabel('API key').fill(keyFor('works'));
  await expect(page.getByRole('article', { name: /Live test result/ })).toHaveCount(0);
});

test('an Admin key gets no Bearer test', async ({ page }) => {
  await open(page);
  await page.getByLabel('API key').fill(keyFor('admin', { admin: true }));
  await expect(page.getByRole('button', { name: 'Test Admin key' })).toBeVisible();
  await expect(page.getByRole('button', { name: BEARER_BUTTON })).toHaveCount(0);
});
