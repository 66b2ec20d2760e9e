// What if, in a real browser (issue 15), in English and in Traditional Chinese on a phone: the program admin types a
// change on the program versions tab and reads the figures; a threshold out of order is named beside its field.
// The page passes axe-core, does not scroll sideways, and is photographed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertAccessible,
  browserForFile,
  CATALOGS,
  screenshot,
  signIn,
  withDemoService,
  type Locale,
} from './support/browser.ts';

const browser = browserForFile();

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
    await signIn(page, m, 'admin@rewards.example');
    await page.getByRole('tab', { name: m['programs.title'] }).click();
    const panel = page.getByRole('region', { name: m['whatIf.title'] });
    // Woodgrove Software is at the $500 tier: were it $5,000, it would move down and keep what it has (L6).
    await panel.getByRole('combobox', { name: m['whatIf.tier'] }).selectOption('usd-500');
    await panel.getByRole('textbox', { name: m['whatIf.threshold'] }).fill('5000');
    await panel.getByRole('button', { name: m['whatIf.run'] }).click();
    const affected = panel.getByRole('table', { name: m['whatIf.affected'] });
    await affected.getByText('Woodgrove Software').waitFor();
    await panel.getByRole('table', { name: m['whatIf.moves'] }).getByText(m['whatIf.down']).waitFor();
    await panel.getByRole('button', { name: m['whatIf.downloadCsv'] }).waitFor();
    const sideways = await page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: { documentElement: { scrollWidth: number; clientWidth: number } };
      };
      return document.documentElement.scrollWidth - document.documentElement.clientWidth;
    });
    assert.equal(sideways, 0, 'the page does not scroll sideways');
    await assertAccessible(page, `${locale} ${size} what if`);
    await screenshot(page, `${locale}-${size}-what-if`);

    await panel.getByRole('textbox', { name: m['whatIf.threshold'] }).fill('3000000');
    await panel.getByRole('button', { name: m['whatIf.run'] }).click();
    await panel.getByText(m['fieldError.out-of-order']).waitFor();
    assert.deepEqual(failures, [], 'no script error on the page');
  } finally {
    await context.close();
  }
}

describe('[PORTAL] what if before publishing, in a browser', () => {
  it('[PROGRAM ADMIN] moves a threshold and reads who moves and what they keep, in en', async () => {
    await withDemoService((url) => journey('en', url, 1440, 900));
  });
  it('[PROGRAM ADMIN] moves a threshold and reads who moves and what they keep, in zh-TW on a phone', async () => {
    await withDemoService((url) => journey('zh-TW', url, 390, 844));
  });
});
