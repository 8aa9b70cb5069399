// The tool pages: "Check your key without pasting it" (the form, the four one-liners, their
// output read back) and "Which credential wins" (the picker, the ticks, the answer, the address
// that keeps them, the report), each accessible, by keyboard, at 360 px.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, keyFor, axeViolations as axe } from './fixtures.mjs';
import { API_IP } from './playwright.config.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const SHELLS = ['bash / zsh (curl)', 'PowerShell', 'Python 3 (no SDK)', 'Node.js 18+'];
const checks = (page) => page.locator('.one-liner pre code');
const PREFIX = 'key-doctor-check:';

/** Opens a tool page and waits until its island is live (its module renders it, after the app). */
async function openTool(page, path) {
  await open(page, path);
  await expect(page.locator('[data-island][data-live]').first()).toBeAttached();
}

/** Runs the bash check as a user would, against the fake API (curl told to trust its certificate). */
function runBashCheck(command, key) {
  const home = mkdtempSync(join(tmpdir(), 'kd-curl-'));
  writeFileSync(join(home, '.curlrc'), 'insecure\n');
  return execFileSync('bash', ['-c', command], {
    env: { PATH: process.env.PATH, HOME: home, CURL_HOME: home, ANTHROPIC_API_KEY: key, ANTHROPIC_BASE_URL: `https://${API_IP}` },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test.describe('no-key page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the form and the four one-liners for ANTHROPIC_API_KEY', async ({ page }) => {
    await page.goto('/no-key/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your key without pasting it');
    await expect(page.getByLabel('Environment variable')).toBeVisible();
    await expect(checks(page)).toHaveCount(4);
    for (let i = 0; i < 4; i += 1) {
      await expect(checks(page).nth(i)).toBeVisible();
      await expect(checks(page).nth(i)).toContainText('ANTHROPIC_API_KEY');
    }
    await expect(page.locator('main button:visible')).toHaveCount(0);
  });
});

test.describe('no-key page', () => {
  test('four one-liners, each following the variable; an invalid name is explained', async ({ page }) => {
    await openTool(page, '/no-key/');
    await expect(page.getByRole('tab')).toHaveText(SHELLS);
    await expect(checks(page)).toHaveCount(4);
    for (let i = 0; i < 4; i += 1) await expect(checks(page).nth(i)).toContainText('ANTHROPIC_API_KEY');
    await expect(page.locator('.one-liner .note').first()).toContainText('never the key');

    await page.getByLabel('Environment variable').fill('MY_APP_KEY');
    for (let i = 0; i < 4; i += 1) {
      await expect(checks(page).nth(i)).toContainText('MY_APP_KEY');
      await expect(checks(page).nth(i)).not.toContainText('ANTHROPIC_API_KEY');
    }
    await page.getByLabel('Environment variable').fill('2BAD-NAME');
    await expect(page.getByLabel('Environment variable')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#check-variable-help')).toContainText('is not a variable name');
    await expect(page.locator('#check-variable-help')).toContainText('still read MY_APP_KEY');
    await expect(checks(page).first()).toContainText('MY_APP_KEY');
  });

  test('a hint is used; a key typed into the hint field is refused and never appears', async ({ page }) => {
    await openTool(page, '/no-key/');
    const hint = page.getByLabel(/Console hint/);
    await hint.fill('sk-ant-api03-R2D…igAA');
    await expect(checks(page).first()).toContainText("want='sk-ant-api03-R2D...igAA'");
    const key = keyFor('works');
    await hint.fill(key);
    await expect(page.locator('#check-hint-help')).toContainText('looks like a key');
    await expect(hint).toHaveValue('');
    const html = await page.content();
    expect(html).not.toContain(key);
    expect(html).not.toContain(key.slice(13, 60));
    await expect(checks(page).first()).toContainText("want=''");
  });

  test('the copy button copies exactly the command shown', async ({ page }) => {
    await openTool(page, '/no-key/');
    for (const shell of ['PowerShell', 'bash / zsh (curl)']) {
      await page.getByRole('tab', { name: shell }).click();
      await page.getByRole('button', { name: `Copy the ${shell} check` }).click();
      await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
      const shown = await page.getByRole('tabpanel', { name: shell }).locator('pre code').textContent();
      expect(await clipboard(page)).toBe(shown);
    }
  });

  test('the real bash check, run against the fake API, pasted back: rejected, with its cause', async ({ page, watched }) => {
    await openTool(page, '/no-key/');
    const command = await page.getByRole('tabpanel', { name: 'bash / zsh (curl)' }).locator('pre code').textContent();
    const key = keyFor('invalid');
    const output = runBashCheck(command, key);
    expect(output).toContain(`${PREFIX} x-api-key status=401`);
    expect(output).not.toContain(key);
    await page.getByLabel('What the check printed').fill(`$ bash <<'KEYDOCTOR' …\n${output}`);
    const verdicts = page.locator('.check-verdicts > ul > li');
    await expect(verdicts).toHaveCount(3);
    await expect(verdicts.nth(0).locator('.verdict-kind')).toHaveText('Key found');
    await expect(verdicts.nth(1).locator('.verdict-kind')).toHaveText('Rejected');
    await expect(verdicts.nth(1)).toContainText('invalid x-api-key');
    await expect(verdicts.nth(1).getByRole('link')).toHaveAttribute('href', /\/step\/key-listed\/$/);
    // The error reader's causes for the whole output, from its own module.
    await expect(page.locator('.reader-causes')).toContainText('The error reader');
    // The report on this page says what the check found (its output holds no key).
    await expect(async () => {
      await page.getByRole('button', { name: 'Copy report (Markdown)' }).click();
      const report = await page.evaluate(() => navigator.clipboard.readText());
      expect(report).toContain('Error message (recognized');
      // Refused both ways: the key is the likely cause, not the header.
      expect(report).toMatch(/Likely cause:\*\* \[step key-listed\]/);
      expect(report).toContain('401');
      expect(report).not.toContain(key);
      expect(report).not.toContain(key.slice(14, 50));
    }).toPass({ timeout: 10_000 });
    // Both lazy modules (the tools' and the error reader's) came from this site, under its policy.
    const loaded = watched.requests.map((r) => new URL(r.url).pathname);
    expect(loaded.filter((p) => /^\/(tools|recognizer)\/.*\.(js|wasm)$/.test(p)).length).toBeGreaterThanOrEqual(4);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });

  test('recorded output lines: an error code, no answer, an unset variable', async ({ page }) => {
    await openTool(page, '/no-key/');
    const lines = [
      `${PREFIX} key var=MY_KEY set=no length=0 hint=- hint_match=- edge_whitespace=no`,
      `${PREFIX} x-api-key status=400 type=invalid_request_error code=organization_on_hold request_id=req_011CAbc message="This organization is on hold."`,
      `${PREFIX} bearer status=none message="no answer: curl exit 7"`,
    ];
    await page.getByLabel('What the check printed').fill(lines.join('\n'));
    const verdicts = page.locator('.check-verdicts > ul > li');
    await expect(verdicts.locator('.verdict-kind')).toHaveText(['Problem', 'Rejected', "Couldn't tell"]);
    await expect(verdicts.nth(0).getByRole('link')).toHaveAttribute('href', /\/step\/key-not-set\/$/);
    await expect(verdicts.nth(1).getByRole('link')).toHaveText('The organization is on hold (error_code organization_on_hold)');
    await expect(verdicts.nth(1)).toContainText('req_011CAbc');
    await expect(verdicts.nth(2).getByRole('link')).toHaveAttribute('href', /\/step\/network-unreachable\/$/);
    await page.getByLabel('What the check printed').fill('nothing useful');
    await expect(page.locator('.check-verdicts')).toContainText('No check line found');
  });
});

test.describe('which credential wins', () => {
  test('says what to do before the wasm, then resolves key + token with the conflict and its cause', async ({ page, browser }) => {
    await page.goto('/which-credential/');
    await expect(page.locator('.resolution')).toContainText('Pick your tool above');
    await expect(page.getByRole('group', { name: /Your tool/ })).toBeVisible();
    await expect(page.locator('.credential-reasoner[data-live]')).toBeAttached();
    await page.getByLabel('Python anthropic 2.0 or later').check();
    await expect(page.getByRole('group', { name: /What is set/ }).getByRole('checkbox')).not.toHaveCount(0);
    await page.getByLabel('ANTHROPIC_API_KEY', { exact: true }).check();
    await page.getByLabel('ANTHROPIC_AUTH_TOKEN', { exact: true }).check();
    const answer = page.locator('.resolution [aria-live=polite]');
    await expect(answer).toContainText('ANTHROPIC_API_KEY (from the shell\'s environment)');
    await expect(answer).toContainText('Authorization: Bearer');
    await expect(answer).toContainText('2026-10-21');
    await expect(answer).toContainText('https://api.anthropic.com');
    await expect(answer.locator('.said-line')).toContainText(['ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.']);
    const conflict = answer.locator('.conflicts li').first();
    await expect(conflict).toContainText('ANTHROPIC_AUTH_TOKEN is ignored');
    await expect(conflict.getByRole('link')).toHaveAttribute('href', /\/step\/key-and-token-both-set\/$/);
    await expect(conflict.getByRole('link')).toHaveText('ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set');

    // The address holds the setup, as slugs only; a fresh browser shows the same answer.
    await expect(page).toHaveURL(/\/which-credential\/\?gen=py-2&has=key\.token$/);
    const shown = await answer.textContent();
    const desk = await browser.newContext();
    const other = await desk.newPage();
    await other.goto(page.url());
    await expect(other.locator('.credential-reasoner[data-live]')).toBeAttached();
    await expect(other.getByLabel('Python anthropic 2.0 or later')).toBeChecked();
    await expect(other.getByLabel('ANTHROPIC_AUTH_TOKEN', { exact: true })).toBeChecked();
    await expect(other.locator('.resolution [aria-live=polite]')).toHaveText(shown);
    await desk.close();

    // Unticking changes the answer and the address.
    await page.getByLabel('ANTHROPIC_AUTH_TOKEN', { exact: true }).uncheck();
    await expect(page).toHaveURL(/\?gen=py-2&has=key$/);
    await expect(answer.locator('.conflicts')).toHaveCount(0);
  });

  test('the report copied from the page holds the resolution; Share links to the ticks', async ({ page }) => {
    await openTool(page, '/which-credential/?gen=ts-093&has=key.token');
    await expect(page.locator('.resolution')).toContainText('Both are sent');
    await page.getByRole('button', { name: 'Copy report (Markdown)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Report copied' })).toBeVisible();
    const report = await clipboard(page);
    expect(report).toContain('Which credential actually wins');
    expect(report).toContain('TypeScript @anthropic-ai/sdk 0.93 to 0.137');
    expect(report).toMatch(/Sends:\*\* ANTHROPIC\\_API\\_KEY .* as X-Api-Key; and ANTHROPIC\\_AUTH\\_TOKEN as Authorization: Bearer/);
    expect(report).toContain('/step/key-and-token-both-set/');
    expect(report).toContain('/which-credential/?gen=ts-093&has=key.token');
    await page.getByRole('button', { name: 'Share this step' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(new URL(await clipboard(page)).pathname + new URL(await clipboard(page)).search)
      .toBe('/which-credential/?gen=ts-093&has=key.token');
  });

  test('by keyboard alone: pick with arrows, tick with Space, focus visible and kept', async ({ page }) => {
    await openTool(page, '/which-credential/');
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return { id: el.id, outline: getComputedStyle(el).outlineStyle };
    });
    for (let i = 0; i < 40 && !(await focused()).id.startsWith('gen-'); i += 1) await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('gen-py-2');
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Python anthropic 0.98 to 1.17')).toBeChecked();
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('has-key');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('has-token');
    await page.keyboard.press('Space');
    expect((await focused()).id).toBe('has-token');
    await expect(page).toHaveURL(/\?gen=py-098&has=key\.token$/);
    await expect(page.locator('.resolution')).toContainText('Both are sent');
  });
});

for (const colorScheme of ['light', 'dark']) {
  test.describe(`tool pages in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('axe finds nothing on the no-key page, with verdicts shown', async ({ page }) => {
      await openTool(page, '/no-key/');
      await page.getByLabel('Environment variable').fill('2BAD');
      await page.getByLabel('What the check printed').fill(
        `${PREFIX} key var=K set=yes length=108 hint=sk-ant-api03-abc...wxyz hint_match=no edge_whitespace=yes\n` +
        `${PREFIX} x-api-key status=401 type=authentication_error code=- request_id=req_1 message="invalid x-api-key"`);
      await expect(page.locator('.check-verdicts > ul > li')).toHaveCount(3);
      await expect(page.locator('.reader-causes')).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });

    test('axe finds nothing on the reasoner, with an answer shown', async ({ page }) => {
      await openTool(page, '/which-credential/?gen=claude-code&has=key.token.login-sub.helper');
      await expect(page.locator('.resolution h3').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  });
}

test.describe('tool pages at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/no-key/', '/which-credential/?gen=py-098&has=key.token.arg-key.dotenv.dotenv-loaded']) {
    test(`${path} has no horizontal scroll with results shown`, async ({ page }) => {
      await openTool(page, path);
      if (path === '/no-key/') {
        await page.getByLabel('What the check printed').fill(
          `${PREFIX} x-api-key status=401 type=authentication_error code=- request_id=req_011CYhr1kdGzCrPHfrhibMen message="invalid x-api-key"`);
        await expect(page.locator('.check-verdicts > ul > li')).toHaveCount(1);
      } else {
        await expect(page.locator('.resolution h3').first()).toBeVisible();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
