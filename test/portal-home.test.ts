// The publisher's home and the Rewards page's cards in a real browser (issue 16), at 1440×900 and 390×844, in
// English, Traditional Chinese and Japanese. The owner lands on Home, whose next step is a marketing contact; an
// activation without one is refused on its card, whose button opens the contact dialog; a refused contact puts the
// focus on the field in error, and Escape still closes the dialog; once assigned, Home's next step is an activation,
// and the activated card, busy while it is sent, moves to the first group. A read-only member reads the same pages
// with whom to ask and no action buttons. Every page fits a phone's width (measured), passes axe-core and is
// photographed (test-results/screenshots/home-*.png). A publisher with list and trial offers only reads, in English
// and German, that tiers count transact sales, and no amount missing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { de } from '../web/src/i18n/de.ts';
import { ja } from '../web/src/i18n/ja.ts';
import {
  assertAccessible,
  browserForFile,
  CATALOGS,
  focused,
  screenshot,
  signIn,
  waitUntil,
  withDemoService,
  type Catalog,
} from './support/browser.ts';

const browser = browserForFile();
const LOCALES = { en: CATALOGS.en, 'zh-TW': CATALOGS['zh-TW'], ja, de } as const;
type HomeLocale = keyof typeof LOCALES;
const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** Signs `email` in at `/` in `locale` and runs `work`; no script error may happen meanwhile. */
async function asUser(
  url: string,
  locale: HomeLocale,
  size: { width: number; height: number },
  email: string,
  work: (page: Page, m: Catalog) => Promise<void>,
): Promise<void> {
  const m = LOCALES[locale] as Catalog;
  const context = await browser().newContext({ locale, viewport: size });
  await context.addInitScript((l) => localStorage.setItem('rewards.locale', l), locale);
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  try {
    await page.goto(`${url}/`);
    await signIn(page, m, email);
    await page.getByRole('heading', { level: 1, name: m['home.title'] }).waitFor();
    await work(page, m);
    assert.deepEqual(failures, [], 'no script errors in the page');
  } catch (error) {
    await screenshot(page, `home-${email.split('@')[0]}-${locale}-${size.width}-FAILED`).catch(
      () => undefined,
    );
    throw error;
  } finally {
    await context.close();
  }
}

/** The page as it stands: no sideways scrolling (measured at every width), axe-core, a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, innerWidth } = await page.evaluate(() => {
    const { document, window } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      window: { innerWidth: number };
    };
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
  });
  assert.ok(scrollWidth <= innerWidth, `${name} is ${scrollWidth} px wide at ${innerWidth} px`);
  await assertAccessible(page, name);
  await screenshot(page, name);
}

/** Goes to a page by its menu link: in the side menu, or on a phone in the drawer. */
async function go(page: Page, m: Catalog, link: string, heading: string): Promise<void> {
  const menu = page.getByRole('button', { name: m['shell.openMenu'], exact: true });
  const phone = (await menu.count()) > 0;
  if (phone) await menu.click();
  const drawer = page.getByRole('dialog');
  await (phone ? drawer : page)
    .getByRole('navigation')
    .getByRole('link', { name: link, exact: true })
    .click();
  // The drawer closes on the way; until it has gone, the page is hidden from assistive technology.
  if (phone) await drawer.waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function ownerJourney(page: Page, m: Catalog, tag: string): Promise<void> {
  // Home: the next step is a marketing contact; the way to the next tier is labelled at both ends; the ladder.
  const step = page.getByTestId('next-step');
  assert.equal(await step.getAttribute('data-step'), 'contact');
  await page.getByTestId('progress-ends').waitFor();
  assert.equal(await page.getByTestId('tier-ladder').locator('[aria-current=step]').count(), 1);
  await check(page, `home-owner-${tag}`);

  // An activation without a contact is refused on its card, with the fix as a button there.
  await go(page, m, m['nav.rewards'], m['rewards.title']);
  const listing = page.locator('#benefit-listing-optimization');
  await listing.getByRole('button', { name: m['benefit.activate'] }).click();
  await listing.getByRole('alert').filter({ hasText: m['problem.marketing-contact-required'] }).waitFor();
  await waitUntil(async () => (await focused(page)).id === 'benefit-listing-optimization-error', 'focus');
  await check(page, `rewards-owner-refused-${tag}`);
  await listing.getByRole('button', { name: m['action.needs-marketing-contact'] }).last().click();

  // The service refuses the company account's email: focus on that field; Escape still closes the dialog.
  const dialog = page.getByRole('dialog');
  const fillContact = async (address: string) => {
    await dialog
      .getByRole('combobox', { name: m['contact.user'] })
      .selectOption({ label: 'Marco Rossi (marco@contoso.example)' });
    await dialog.getByRole('textbox', { name: m['contact.email'] }).fill(address);
    await dialog.getByRole('textbox', { name: m['contact.phone'] }).fill('+1 425 555 0100');
    await dialog.getByRole('button', { name: m['contact.assign'] }).click();
  };
  await fillContact('accounts@contoso.example');
  await dialog.getByText(m['fieldError.same-as-account-email']).waitFor();
  const emailId = await dialog.getByRole('textbox', { name: m['contact.email'] }).getAttribute('id');
  await waitUntil(async () => (await focused(page)).id === emailId, 'focus on the email field');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await listing.getByRole('button', { name: m['action.needs-marketing-contact'] }).last().click();
  await fillContact('marco.rossi@contoso.example');
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('marketing-contact').waitFor();
  assert.equal(await listing.getByRole('alert').count(), 0, 'the problem has gone with its cause');

  // Home's next step is now an activation.
  await go(page, m, m['nav.home'], m['home.title']);
  await waitUntil(async () => (await step.getAttribute('data-step')) === 'activate', 'the next step');

  // Activate: the button says it is busy while the request runs; the card moves to the activated group.
  await go(page, m, m['nav.rewards'], m['rewards.title']);
  await page.route('**/activations', async (route) => {
    if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.locator('[data-group=available] #benefit-listing-optimization').waitFor();
  await listing.getByRole('button', { name: m['benefit.activate'] }).click();
  await dialog.getByRole('button', { name: m['activate.confirm'] }).click();
  await dialog.waitFor({ state: 'detached' });
  const busy = listing.getByRole('button', { name: m['benefit.activating'] });
  await busy.waitFor();
  assert.equal(await busy.getAttribute('aria-disabled'), 'true');
  await page.getByTestId('promise-listing-optimization').waitFor();
  await page.locator('[data-group=active] #benefit-listing-optimization').waitFor();
  await waitUntil(
    async () => (await focused(page)).id === 'benefit-listing-optimization',
    'focus on the card',
  );
  await check(page, `rewards-owner-activated-${tag}`);

  // Home lists the promise among the clocks the publisher waits on.
  await go(page, m, m['nav.home'], m['home.title']);
  await page
    .getByTestId('waiting')
    .getByText(/Marco Rossi/)
    .waitFor();
  await check(page, `home-owner-after-${tag}`);
}

async function memberJourney(page: Page, m: Catalog, tag: string): Promise<void> {
  await page.getByTestId('member-note').waitFor();
  const step = page.getByTestId('next-step');
  await step.getByTestId('ask-owner').waitFor();
  assert.equal(await step.getByRole('button').count(), 0, 'no button the member cannot use');
  await check(page, `home-member-${tag}`);
  await go(page, m, m['nav.rewards'], m['rewards.title']);
  await page.locator('[data-group=available]').waitFor();
  const asks = await page.getByTestId('ask-owner').count();
  const available = await page.locator('[data-state=available]').count();
  assert.ok(
    asks > 0 && asks === available,
    `every available card says whom to ask (${asks} of ${available})`,
  );
  for (const action of [m['benefit.activate'], m['action.needs-marketing-contact'], m['contact.add']])
    assert.equal(await page.getByRole('button', { name: action, exact: true }).count(), 0, action);
  await check(page, `rewards-member-${tag}`);
}

/** Tailspin has list and trial offers only: tiers need a transact offer, and no amount is said to be missing. */
async function withoutTransact(page: Page, m: Catalog, tag: string): Promise<void> {
  await page.getByTestId('needs-transact').waitFor();
  assert.equal(await page.getByTestId('progress-ends').count(), 0, 'no progress towards a tier');
  assert.equal(await page.getByTestId('tier-ladder').getByTestId('missing').count(), 0, 'no amount missing');
  await check(page, `home-trial-only-${tag}`);
  await go(page, m, m['nav.rewards'], m['rewards.title']);
  await page.getByTestId('needs-transact').waitFor();
  await check(page, `rewards-trial-only-${tag}`);
}

describe('[PORTAL] the publisher home and the Rewards cards', () => {
  for (const [locale, size] of [
    ['en', SIZES[0]],
    ['de', SIZES[1]],
  ] as const)
    it(`[PUBLISHER] with no transact offer reads that tiers need one, in ${locale} at ${size.width} px`, async () => {
      await withDemoService((url) =>
        asUser(url, locale, size, 'sam@tailspin.example', (page, m) =>
          withoutTransact(page, m, `${locale}-${size.width}`),
        ),
      );
    });
  for (const locale of ['en', 'zh-TW', 'ja'] as const)
    for (const size of SIZES) {
      const tag = `${locale}-${size.width}`;
      it(`[PUBLISHER] an owner takes the next steps from home, in ${locale} at ${size.width} px`, async () => {
        await withDemoService((url) =>
          asUser(url, locale, size, 'ava@contoso.example', (page, m) => ownerJourney(page, m, tag)),
        );
      });
      it(`[MEMBER] a read-only member reads whom to ask, in ${locale} at ${size.width} px`, async () => {
        await withDemoService((url) =>
          asUser(url, locale, size, 'dev@contoso.example', (page, m) => memberJourney(page, m, tag)),
        );
      });
    }
});
