// The billed-sales chart in a real browser (issue 16): Fabrikam's twelve months, labelled in the reader's language,
// a hover card with the month, its sales and the running total, the next tier's threshold, and the same figures in
// a table for screen readers; axe-core passes and, on a phone, nothing scrolls sideways.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  browserForFile,
  CATALOGS,
  fill,
  screenshot,
  signIn,
  withDemoService,
  type Locale,
} from './support/browser.ts';

const browser = browserForFile();
const OWNER = 'lena@fabrikam.example'; // Fabrikam Cloud: the $100K tier; the next is $500K

/** The twelve calendar months that end with this one, as the chart's axis names them. */
function lastTwelve(locale: string): { short: string[]; long: string[] } {
  const now = new Date();
  const months = Array.from(
    { length: 12 },
    (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1)),
  );
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return { short: months.map((d) => short.format(d)), long: months.map((d) => long.format(d)) };
}

async function readChart(page: Page, locale: Locale, size: string): Promise<void> {
  const m = CATALOGS[locale];
  const months = lastTwelve(locale);
  const figure = page.locator('figure');
  // The picture is loaded lazily: its bars appear once the chart's chunk has arrived.
  await figure.locator('svg rect[fill="#0f6cbd"]').first().waitFor();
  const ticks = await figure.locator('svg g.tick text').allTextContents();
  assert.deepEqual(ticks.slice(0, 12), months.short, "twelve months, oldest first, in the reader's language");
  assert.ok(!ticks.includes('$0.01') && !ticks.includes('US$0.01'), 'no cents on the axis');

  // The same figures for screen readers: a table of the twelve months with the running total and the threshold.
  const caption = fill(m['sales.chartSummary'], { from: months.long[0]!, to: months.long[11]! });
  const table = page.getByRole('table', { name: caption });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  assert.equal(rows.length, 12);
  assert.ok(rows[0]![0]!.startsWith(months.long[0]!), `${rows[0]![0]} names its month`);
  assert.deepEqual(
    rows.slice(1).map((r) => r[0]),
    months.long.slice(1),
  );
  const ttm = await page.getByText(m['rewards.ttm']).locator('strong').textContent();
  assert.equal(rows[11]![3], ttm, 'the last running total is the trailing total the tier counts');
  const threshold = fill(m['demo.chartThreshold'], { tier: '$500K' });
  const footer = await table.locator('tfoot').innerText();
  assert.ok(footer.startsWith(threshold) && footer.endsWith('$500,000'), footer);

  // Hovering last month's bar shows its figures, those of the table.
  const [, , , , , , , , , , lastMonth] = rows;
  await figure.locator('svg rect[fill="#0f6cbd"]').nth(10).hover({ force: true });
  const card = page.locator('.fui-cart__calloutContainer');
  await card.getByText(months.long[10]!, { exact: true }).waitFor();
  const shown = await card.innerText();
  for (const figureText of [lastMonth![1]!, lastMonth![3]!]) assert.ok(shown.includes(figureText), shown);
  assert.ok(shown.includes(threshold), shown);

  const sideways = await page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number; clientWidth: number } };
    };
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
  assert.equal(sideways, 0, 'nothing scrolls sideways');
  await screenshot(page, `${locale}-${size}-billed-sales-chart`);
  await page.mouse.move(0, 0);
  await assertAccessible(page, `${locale} ${size} billed sales`);
}

async function visit(url: string, locale: Locale, width: number, height: number): Promise<void> {
  const m = CATALOGS[locale];
  const context = await browser().newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  try {
    await page.goto(`${url}/billed-sales`);
    await page.evaluate((l) => {
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('rewards.locale', l);
    }, locale);
    await page.reload();
    await signIn(page, m, OWNER);
    await page.getByRole('heading', { name: m['sales.title'], level: 1 }).waitFor();
    await readChart(page, locale, `${width}`);
    assert.deepEqual(failures, [], 'no script error on the page');
  } finally {
    await context.close();
  }
}

describe('[PORTAL] the billed-sales chart in a browser', () => {
  it('[PUBLISHER] reads twelve months against the next tier, by hover and as a table, in en and zh-TW', async () => {
    await withDemoService(async (url) => {
      await visit(url, 'en', 1440, 900);
      await visit(url, 'zh-TW', 390, 844);
    });
  });
});
