// Sponsorships as grants in a real browser (S10, L9), in English and in Traditional Chinese: the publisher activates
// a sponsorship and sees its grant; a second sponsorship is refused with the reason and the date; the rewards team
// records spend until the grant is spent; then the second is issued. Pages pass axe-core and are photographed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  browserForFile,
  CATALOGS,
  fill,
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
const DEPLOYMENT = 'deployment-sponsorship';
const SANDBOX = 'trial-sandbox-sponsorship';

async function activate(page: Page, m: Catalog, benefitId: string): Promise<void> {
  const card = page.locator(`#benefit-${benefitId}`);
  await card.getByRole('button', { name: m['benefit.activate'] }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: m['activate.confirm'] }).click();
  // Until the dialog has gone, the rest of the page is hidden from assistive technology (and axe says so).
  await dialog.waitFor({ state: 'detached' });
}

async function journey(locale: Locale, url: string, width: number, height: number): Promise<void> {
  const m = CATALOGS[locale];
  const usd = (cents: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
      cents / 100,
    );
  const context = await browser().newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  const size = width < 600 ? 'phone' : 'desktop';
  try {
    await page.goto(`${url}/rewards`);
    await page.evaluate((l) => localStorage.setItem('rewards.locale', l), locale);
    await page.reload();
    await signIn(page, m, OWNER);
    await activate(page, m, DEPLOYMENT);
    await page.getByText(pattern(m['activate.done'])).waitFor();
    // The grant: $30,000 at the $100K tier, nothing spent yet.
    const grants = page.getByRole('region', { name: m['grants.title'] });
    await grants
      .getByText(fill(m['grants.left'], { left: usd(30_000_00), amount: usd(30_000_00) }))
      .waitFor();
    // The sandbox sponsorship says what it waits for; activating it anyway is refused with the reason.
    const sandbox = page.locator(`#benefit-${SANDBOX}`);
    await sandbox.getByText(pattern(m['reason.sponsorship-outstanding'])).waitFor();
    await activate(page, m, SANDBOX);
    await page.getByText(m['problem.sponsorship-outstanding']).waitFor();
    await assertAccessible(page, `${locale} ${size} rewards with a grant`);
    await screenshot(page, `${locale}-${size}-sponsorship-refused`);
    await signOut(page, m);

    // The rewards team records the spend on Fabrikam's page in the console until the grant is spent.
    await signIn(page, m, 'team@rewards.example');
    const controls = await headerControls(page, m);
    await choosePublisher(page, controls, m, 'Fabrikam Cloud (5023456)');
    await page.goto(`${url}/rewards`);
    const staffGrants = page.getByRole('region', { name: m['grants.titleStaff'] });
    await staffGrants.getByRole('textbox', { name: m['grants.amount'] }).fill('10,000');
    await staffGrants.getByRole('button', { name: m['grants.record'] }).click();
    await staffGrants
      .getByText(fill(m['grants.left'], { left: usd(20_000_00), amount: usd(30_000_00) }))
      .waitFor();
    await staffGrants.getByRole('textbox', { name: m['grants.amount'] }).fill('20000.01');
    await staffGrants.getByRole('button', { name: m['grants.record'] }).click();
    await staffGrants.getByText(m['fieldError.over-remaining']).waitFor();
    await staffGrants.getByRole('textbox', { name: m['grants.amount'] }).fill('20000');
    await staffGrants.getByRole('button', { name: m['grants.record'] }).click();
    await staffGrants.getByText(m['grant.spent'], { exact: true }).waitFor();
    await assertAccessible(page, `${locale} ${size} grant spent`);
    await screenshot(page, `${locale}-${size}-sponsorship-spent`);
    await signOut(page, m);

    // The publisher may now activate the sandbox sponsorship: a second grant, of $5,000.
    await signIn(page, m, OWNER);
    await activate(page, m, SANDBOX);
    await page.getByText(pattern(m['activate.done'])).waitFor();
    await grants.getByText(fill(m['grants.left'], { left: usd(5_000_00), amount: usd(5_000_00) })).waitFor();
    await screenshot(page, `${locale}-${size}-sponsorship-second`);
    assert.deepEqual(failures, [], 'no script error on the page');
  } finally {
    await context.close();
  }
}

describe('[PORTAL] sponsorship grants in a browser', () => {
  it('[PUBLISHER] is refused a second sponsorship until the rewards team records the first spent, in en', async () => {
    await withDemoService((url) => journey('en', url, 1440, 900));
  });
  it('[PUBLISHER] is refused a second sponsorship until the rewards team records the first spent, in zh-TW on a phone', async () => {
    await withDemoService((url) => journey('zh-TW', url, 390, 844));
  });
});
