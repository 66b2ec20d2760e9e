// The program admin's journey in a real browser, in English on a desktop and in Traditional Chinese on a phone:
// revoke one publisher's benefit for cause (L6), the publisher reads the cause on its card, the admin reinstates
// it and the publisher has it again. Pages pass axe-core and are photographed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  browserForFile,
  CATALOGS,
  headerControls,
  pattern,
  screenshot,
  signIn,
  signOut,
  withDemoService,
  type Catalog,
  type Locale,
  choosePublisher,
} from './support/browser.ts';

const browser = browserForFile();
const OWNER = 'lena@fabrikam.example'; // Fabrikam Cloud: the $100K tier, a marketing contact
const ADMIN = 'admin@rewards.example';
const STORY = 'customer-success-story'; // unlocked at the $100K tier

/** As staff: choose Fabrikam Cloud in the header and open its Rewards page. */
async function openFabrikam(page: Page, m: Catalog, url: string): Promise<void> {
  const controls = await headerControls(page, m);
  await choosePublisher(page, controls, m, 'Fabrikam Cloud (5023456)');
  await page.goto(`${url}/rewards`);
}

async function revokeAndReinstate(locale: Locale, url: string, width: number, height: number): Promise<void> {
  const m = CATALOGS[locale];
  const context = await browser().newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  const size = width < 600 ? 'phone' : 'desktop';
  const story = page.locator(`#benefit-${STORY}`);
  try {
    await page.goto(`${url}/rewards`);
    await page.evaluate((l) => localStorage.setItem('rewards.locale', l), locale);
    await page.reload();

    // The admin revokes the customer success story for an IP violation, with a note the publisher reads.
    await signIn(page, m, ADMIN);
    await openFabrikam(page, m, url);
    await story.getByRole('button', { name: m['revoke.open'] }).click();
    let dialog = page.getByRole('dialog');
    await dialog
      .getByRole('combobox', { name: m['revoke.cause'] })
      .selectOption({ label: m['cause.ip-violation'] });
    await dialog.getByRole('textbox', { name: m['revoke.note'] }).fill('Listing used a competitor logo.');
    await dialog.getByRole('button', { name: m['revoke.submit'], exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await story.getByText(pattern(m['reason.revoked-for-cause'])).waitFor();
    await assertAccessible(page, `${locale} ${size} admin revoked`);
    await screenshot(page, `${locale}-${size}-admin-revoked`);
    await signOut(page, m);

    // The publisher reads the cause and the note on the card, and cannot activate it.
    await signIn(page, m, OWNER);
    await story.getByText(pattern(m['reason.revoked-for-cause'])).waitFor();
    await story.getByText(/competitor logo/).waitFor();
    await story.getByText(m['cause.ip-violation'], { exact: false }).waitFor();
    assert.equal(await story.getByRole('button', { name: m['benefit.activate'] }).count(), 0);
    await screenshot(page, `${locale}-${size}-publisher-revoked`);
    await signOut(page, m);

    // The admin reinstates it; the publisher has it again.
    await signIn(page, m, ADMIN);
    await openFabrikam(page, m, url);
    await story.getByRole('button', { name: m['reinstate.open'] }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: m['revoke.note'] }).fill('Logo replaced.');
    await dialog.getByRole('button', { name: m['reinstate.submit'], exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await story.getByRole('button', { name: m['revoke.open'] }).waitFor();
    await signOut(page, m);

    await signIn(page, m, OWNER);
    await story.waitFor();
    assert.equal(await story.getByText(pattern(m['reason.revoked-for-cause'])).count(), 0);
    await assertAccessible(page, `${locale} ${size} publisher reinstated`);
    await screenshot(page, `${locale}-${size}-publisher-reinstated`);
    assert.deepEqual(failures, [], 'no script error on the page');
  } finally {
    await context.close();
  }
}

describe('[PORTAL] the program admin in a browser', () => {
  it('[PROGRAM ADMIN] revokes a benefit for cause and reinstates it, in en', async () => {
    await withDemoService((url) => revokeAndReinstate('en', url, 1440, 900));
  });
  it('[PROGRAM ADMIN] revokes a benefit for cause and reinstates it, in zh-TW on a phone', async () => {
    await withDemoService((url) => revokeAndReinstate('zh-TW', url, 390, 844));
  });
});
