// Program drafts in a real browser (issue 15, items 1 and 4), in English and in Traditional Chinese on a phone: a
// program admin starts a draft from the version in force, renames it, sets the $25K tier's threshold below the
// tier before it and sees the problem beside that field, fixes it, reads the change in words, and publishes the
// version for a later day, which is then listed as scheduled. Pages pass axe-core, fit a phone's width, and are
// photographed (test-results/screenshots/<locale>-<size>-drafts-*.png).
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

async function fitsWidth(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `the page is ${scrollWidth} px wide at ${width}`);
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
  const shot = async (name: string) => {
    await fitsWidth(page, width);
    await assertAccessible(page, `${locale} ${size} drafts ${name}`);
    await screenshot(page, `${locale}-${size}-drafts-${name}`);
  };
  try {
    await page.goto(`${url}/console`);
    await page.evaluate((l) => localStorage.setItem('rewards.locale', l), locale);
    await page.reload();
    await signIn(page, m, 'admin@rewards.example');
    await page.getByRole('tab', { name: m['programs.title'] }).click();
    await page.getByRole('button', { name: m['drafts.new'] }).click();
    // Named after the version in force unless another name is typed.
    const draftName = fill(m['drafts.defaultName'], { version: 'FY24' });
    await page.getByRole('heading', { name: fill(m['drafts.editing'], { name: draftName }) }).waitFor();
    // A copy keeps the name of the version in force: the one problem, beside the version's field.
    const version = page.getByRole('textbox', { name: m['drafts.field.version'] });
    await page
      .getByText(fill(m['draftProblem.version-taken'], { version: 'FY24' }))
      .first()
      .waitFor();
    await version.fill('FY25');
    const tier = page.getByRole('group', { name: fill(m['drafts.subject.tier'], { name: '$25K' }) });
    const threshold = tier.getByRole('textbox', { name: m['drafts.field.threshold'] });
    await threshold.fill('100');
    await page.getByRole('button', { name: m['drafts.save'] }).click();
    const problem = fill(m['draftProblem.threshold-not-rising'], { previous: usd(500_00) });
    await tier.getByText(problem).waitFor();
    await page.getByText(fill(m['drafts.problems'], { count: '1' })).waitFor();
    await page.getByRole('button', { name: m['drafts.publish'] }).isDisabled();
    await shot('field-error');

    await threshold.fill('30000');
    await page.getByRole('button', { name: m['drafts.save'] }).click();
    await page.getByText(m['drafts.saved'], { exact: true }).waitFor();
    assert.equal(await tier.getByText(problem).count(), 0, 'the problem is gone once fixed');
    await page.getByRole('tab', { name: m['drafts.tab.changes'] }).click();
    const what = `${fill(m['drafts.subject.tier'], { name: '$25K' })} · ${m['drafts.field.threshold']}`;
    const change = fill(m['drafts.change.changed'], { what, before: usd(25_000_00), after: usd(30_000_00) });
    await page.getByRole('list', { name: m['drafts.tab.changes'] }).getByText(change).waitFor();
    await shot('changes');

    // In force from a later day: published, listed as scheduled, the version in force unchanged until then.
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(m['drafts.effectiveFrom']).fill(later);
    await page.getByRole('button', { name: m['drafts.publish'] }).click();
    const list = page.getByRole('listitem').filter({ hasText: 'FY25' });
    await list.getByText(m['programs.scheduled']).waitFor();
    await page.getByText(m['drafts.none']).waitFor();
    await shot('published');
    assert.deepEqual(failures, [], 'no script error on the page');
  } finally {
    await context.close();
  }
}

describe('[PORTAL] program drafts in a browser', () => {
  it('[PROGRAM ADMIN] edits a draft, sees a field’s problem, fixes it and publishes for a later day, in en', async () => {
    await withDemoService((url) => journey('en', url, 1440, 900));
  });
  it('[PROGRAM ADMIN] edits a draft, sees a field’s problem, fixes it and publishes for a later day, in zh-TW on a phone', async () => {
    await withDemoService((url) => journey('zh-TW', url, 390, 844));
  });
});
