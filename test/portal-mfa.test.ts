// Two-step sign-in in a real browser (issue 19, "Medium 5" and "Also build"), in English on a desktop and in
// Traditional Chinese on a phone: the owner opens their account page from the header, sets up TOTP (the test reads
// the key on the page and computes the code with otplib, as an authenticator app would), keeps the recovery codes,
// signs out, signs in with a code, then with a recovery code; a rewards team member without two-step sign-in, on a
// service that requires it of staff, is led to set it up before anything else. Pages pass axe-core, fit the width,
// and are photographed (test-results/screenshots/<locale>-<size>-mfa-*.png).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  assertFitsWidth,
  browserForFile,
  CATALOGS,
  fill,
  headerControls,
  screenshot,
  signIn,
  signOut,
  withDemoService,
  type Catalog,
  type Locale,
} from './support/browser.ts';

const browser = browserForFile();

/** The code an app shows for `secret`, `ahead` steps of 30 s from now (a step not used yet). */
const codeFor = (secret: string, ahead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 });

/** Waits for the portal's frame after a sign-in (the drawer's button on a phone, Sign out on a desktop). */
const shell = (page: Page, m: Catalog) =>
  page
    .getByRole('button', { name: m['shell.openMenu'] })
    .or(page.getByRole('button', { name: m['shell.signOut'] }))
    .first()
    .waitFor();

async function journey(locale: Locale, width: number, height: number, owner: string): Promise<void> {
  const m = CATALOGS[locale];
  const size = width < 600 ? 'phone' : 'desktop';
  await withDemoService(async (url) => {
    const context = await browser().newContext({ locale, viewport: { width, height } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    const shot = async (name: string) => {
      await assertFitsWidth(page, `${locale} ${size}`);
      await assertAccessible(page, `${locale} ${size} mfa ${name}`);
      await screenshot(page, `${locale}-${size}-mfa-${name}`);
    };
    try {
      await page.goto(`${url}/`);
      await page.evaluate((l) => localStorage.setItem('rewards.locale', l), locale);
      await page.reload();
      await signIn(page, m, owner);
      await shell(page, m);
      // The account page is the person's name in the header (in the drawer on a phone).
      await (
        await headerControls(page, m)
      )
        .getByRole('link', { name: new RegExp(m['account.link']) })
        .click();
      await page.getByRole('heading', { name: m['account.title'] }).waitFor();
      await page.getByRole('button', { name: m['account.mfa.start'] }).click();
      const secret = (await page.getByTestId('mfa-secret').textContent())!.trim();
      await page.getByRole('img', { name: m['account.mfa.qrAlt'] }).waitFor();
      await shot('set-up');
      await page.getByRole('textbox', { name: m['account.mfa.code'] }).fill(await codeFor(secret));
      await page.getByRole('button', { name: m['account.mfa.confirm'] }).click();
      const codes = page.getByRole('list', { name: m['account.mfa.recoveryTitle'] }).getByRole('listitem');
      await codes.first().waitFor();
      assert.equal(await codes.count(), 10);
      const recovery = (await codes.nth(2).textContent())!.trim();
      await shot('recovery-codes');
      await page.getByRole('button', { name: m['account.mfa.recoveryDone'] }).click();
      await page.getByText(fill(m['account.mfa.on'], { count: '10' })).waitFor();

      // Signing in again takes a code: the next step's, as the one that turned it on is spent.
      await signOut(page, m);
      await signIn(page, m, owner);
      await page.getByRole('heading', { name: m['signIn.mfaTitle'] }).waitFor();
      await shot('code-asked');
      await page.getByRole('textbox', { name: m['signIn.code'] }).fill('000000');
      await page.getByRole('button', { name: m['signIn.verify'] }).click();
      await page.getByText(m['problem.invalid-mfa-code']).waitFor();
      await page.getByRole('textbox', { name: m['signIn.code'] }).fill(await codeFor(secret, 1));
      await page.getByRole('button', { name: m['signIn.verify'] }).click();
      await shell(page, m);

      // And with a recovery code, once.
      await signOut(page, m);
      await signIn(page, m, owner);
      await page.getByRole('textbox', { name: m['signIn.code'] }).fill(recovery);
      await page.getByRole('button', { name: m['signIn.verify'] }).click();
      await shell(page, m);
      await page.goto(`${url}/account`);
      await page.getByText(fill(m['account.mfa.on'], { count: '9' })).waitFor();
      await page.getByRole('heading', { name: m['account.sessions.title'] }).waitFor();
      await page.getByText(m['account.sessions.current']).first().waitFor();
      await shot('account');
      assert.deepEqual(failures, [], 'no script error on the page');
    } finally {
      await context.close();
    }
  });
}

/** A rewards team member without two-step sign-in, where staff must have it: the account page, and only it. */
async function staffLedToEnrol(locale: Locale, width: number, height: number): Promise<void> {
  const m = CATALOGS[locale];
  const size = width < 600 ? 'phone' : 'desktop';
  await withDemoService(
    async (url) => {
      const context = await browser().newContext({ locale, viewport: { width, height } });
      const page = await context.newPage();
      try {
        await page.goto(`${url}/console`);
        await page.evaluate((l) => localStorage.setItem('rewards.locale', l), locale);
        await page.reload();
        await signIn(page, m, 'team@rewards.example');
        await shell(page, m);
        await page.getByText(m['account.mfa.requiredNotice']).waitFor();
        assert.equal(new URL(page.url()).pathname, '/account');
        // Another page leads back here.
        await page.goto(`${url}/console`);
        await page.getByText(m['account.mfa.requiredNotice']).waitFor();
        assert.equal(new URL(page.url()).pathname, '/account');
        await assertFitsWidth(page, `${locale} ${size}`);
        await assertAccessible(page, `${locale} ${size} mfa staff`);
        await screenshot(page, `${locale}-${size}-mfa-staff-led-to-enrol`);
        await page.getByRole('button', { name: m['account.mfa.start'] }).click();
        const secret = (await page.getByTestId('mfa-secret').textContent())!.trim();
        await page.getByRole('textbox', { name: m['account.mfa.code'] }).fill(await codeFor(secret));
        await page.getByRole('button', { name: m['account.mfa.confirm'] }).click();
        await page.getByRole('button', { name: m['account.mfa.recoveryDone'] }).click();
        // Set up: the console opens.
        await page.goto(`${url}/console`);
        await page.getByRole('heading', { name: m['console.title'] }).waitFor();
      } finally {
        await context.close();
      }
    },
    { REQUIRE_STAFF_MFA: 'true' },
  );
}

describe('[PORTAL] two-step sign-in in a browser', () => {
  it('[PUBLISHER] sets up TOTP, signs in with a code and with a recovery code, in en', async () => {
    await journey('en', 1440, 900, 'ava@contoso.example');
  });
  it('[PUBLISHER] sets up TOTP, signs in with a code and with a recovery code, in zh-TW on a phone', async () => {
    await journey('zh-TW', 390, 844, 'lena@fabrikam.example');
  });
  it('[REWARDS TEAM] without two-step sign-in is led to set it up first, in en', async () => {
    await staffLedToEnrol('en', 1440, 900);
  });
  it('[REWARDS TEAM] without two-step sign-in is led to set it up first, in zh-TW on a phone', async () => {
    await staffLedToEnrol('zh-TW', 390, 844);
  });
});
