// The console's billed-sales feed and currency rates in a real browser, in English and in Traditional Chinese: a
// program admin sees a batch the feed sent with its counts, opens its rejected lines with their numbers and
// reasons, sets a currency's rate for a month and is told beside the field what is wrong with a bad one. Pages pass
// axe-core, fit a phone's width, and are photographed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  assertFitsWidth,
  browserForFile,
  CATALOGS,
  fill,
  pattern,
  screenshot,
  signIn,
  withDemoService,
  type Locale,
} from './support/browser.ts';

const browser = browserForFile();
const ADMIN = 'admin@rewards.example';

/** Sends a batch of two bad lines through the API, as the signed-in admin: the feed's history gets one to show. */
async function sendRejectedBatch(page: Page, key: string): Promise<void> {
  const status = await page.evaluate(async (key) => {
    const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    const lines = [
      {
        source: 'mp',
        lineId: `${key}-1`,
        mpnId: '4012345',
        offerId: 'no-such-offer',
        customerId: 'c-1',
        customerCountry: 'US',
        amountMinor: 100,
        currency: 'USD',
        billedOn: 'yesterday',
        kind: 'charge',
      },
      { lineId: `${key}-2`, colour: 'red' },
    ];
    const answer = await fetch('/api/v1/billed-sales/batches', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': session.csrfToken,
        'idempotency-key': `"${key}"`,
      },
      body: JSON.stringify({ lines }),
    });
    return answer.status;
  }, key);
  assert.equal(status, 200);
}

async function journey(locale: Locale, url: string, width: number, height: number): Promise<void> {
  const m = CATALOGS[locale];
  const context = await browser().newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  const size = width < 600 ? 'phone' : 'desktop';
  try {
    await page.goto(`${url}/console`);
    await page.evaluate((l) => localStorage.setItem('rewards.locale', l), locale);
    await page.reload();
    await signIn(page, m, ADMIN);
    await page.getByRole('heading', { name: m['console.title'] }).waitFor();
    await sendRejectedBatch(page, `screens-${locale}`);

    // The feed: the batch with its counts; opened, its rejected lines by number with their reasons.
    await page.getByRole('tab', { name: m['console.tab.feed'], exact: true }).click();
    const list = page.getByRole('table', { name: m['feedHistory.title'] });
    const row = list.getByRole('row').filter({ hasText: m['feedHistory.kind.batch'] }).first();
    await row.getByText(m['feedHistory.status.rejects']).waitFor();
    await row.getByText(ADMIN).waitFor();
    await assertAccessible(page, `${locale} ${size} feed`);
    await assertFitsWidth(page, `${locale} ${size} feed`);
    await screenshot(page, `${locale}-${size}-console-feed`);
    await row.getByRole('button', { name: fill(m['feedHistory.openRejects'], { count: '2' }) }).click();
    const rejects = page.getByRole('table', { name: m['feedHistory.rejectsLabel'] });
    await rejects
      .getByRole('row')
      .filter({ hasText: `screens-${locale}-1` })
      .waitFor();
    await rejects
      .getByRole('row')
      .filter({ hasText: `screens-${locale}-2` })
      .waitFor();
    const csv = page.getByRole('link', { name: m['feedHistory.csv'] });
    assert.match(
      (await csv.getAttribute('href')) ?? '',
      /^\/api\/v1\/feed\/deliveries\/batch-\d+\/rejects\.csv$/,
    );
    await assertAccessible(page, `${locale} ${size} rejected lines`);
    await assertFitsWidth(page, `${locale} ${size} rejected lines`);
    await screenshot(page, `${locale}-${size}-console-feed-rejects`);

    // Currency rates: a rate set for this month, then an unknown currency and a change of the rate refused.
    await page.getByRole('tab', { name: m['console.tab.rates'], exact: true }).click();
    await page.getByText(m['rates.rule']).waitFor();
    const month = new Date().toISOString().slice(0, 7);
    const form = page.getByRole('form', { name: m['rates.add'] });
    const currency = form.getByRole('textbox', { name: m['rates.currencyField'] });
    const rate = form.getByRole('textbox', { name: m['rates.rate'] });
    await currency.fill(locale === 'en' ? 'CHF' : 'AUD');
    await form.locator('input[type=month]').fill(month);
    await rate.fill('1.0842');
    await form.getByRole('button', { name: m['rates.submit'] }).click();
    await page.getByText(pattern(m['rates.done'])).waitFor();
    await page.getByRole('table', { name: m['rates.title'] }).getByText('1.0842').waitFor();
    await currency.fill('XYZ');
    await form.getByRole('button', { name: m['rates.submit'] }).click();
    await form.getByText(m['fieldError.unknown-currency']).waitFor();
    await currency.fill(locale === 'en' ? 'CHF' : 'AUD');
    await rate.fill('2');
    await form.getByRole('button', { name: m['rates.submit'] }).click();
    await form.getByText(m['problem.rate-fixed']).waitFor();
    await rate.fill('-1');
    await form.getByRole('button', { name: m['rates.submit'] }).click();
    await form.getByText(m['fieldError.malformed-rate']).waitFor();
    await assertAccessible(page, `${locale} ${size} currency rates`);
    await assertFitsWidth(page, `${locale} ${size} currency rates`);
    await screenshot(page, `${locale}-${size}-console-rates`);
    assert.deepEqual(failures, [], 'no script error on the page');
  } finally {
    await context.close();
  }
}

describe('[PORTAL] the billed-sales feed and currency rates in the console', () => {
  it('[PROGRAM ADMIN] opens a batch with rejected lines and sets a currency rate, in en', async () => {
    await withDemoService((url) => journey('en', url, 1440, 900));
  });
  it('[PROGRAM ADMIN] opens a batch with rejected lines and sets a currency rate, in zh-TW on a phone', async () => {
    await withDemoService((url) => journey('zh-TW', url, 390, 844));
  });
});
