// Program drafts in a real browser (issue 15, items 1 and 4), in English and in Traditional Chinese on a phone: a
// program admin starts a draft from the version in force, renames it, sets the $25K tier's threshold below the
// tier before it and sees the problem beside that field, fixes it, reads the change in words, simulates the draft
// on the ledger at a later day (item 2), and publishes the version for that day, which is then listed as scheduled;
// the publisher then reads on its Rewards page what changes for it on that day (item 3). Pages pass axe-core, fit
// a phone's width, and are photographed (test-results/screenshots/<locale>-<size>-drafts-*.png).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertAccessible,
  assertFitsWidth,
  browserForFile,
  CATALOGS,
  fill,
  pattern,
  screenshot,
  signIn,
  signOut,
  withDemoService,
  type Locale,
} from './support/browser.ts';

const browser = browserForFile();

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
    await assertFitsWidth(page, `${locale} ${size}`);
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

    // $45K: Contoso Analytics (about $35K a year) would go down a tier.
    await threshold.fill('45000');
    await page.getByRole('button', { name: m['drafts.save'] }).click();
    await page.getByText(m['drafts.saved'], { exact: true }).waitFor();
    assert.equal(await tier.getByText(problem).count(), 0, 'the problem is gone once fixed');
    await page.getByRole('tab', { name: m['drafts.tab.changes'] }).click();
    const what = `${fill(m['drafts.subject.tier'], { name: '$25K' })} · ${m['drafts.field.threshold']}`;
    const change = fill(m['drafts.change.changed'], { what, before: usd(25_000_00), after: usd(45_000_00) });
    await page.getByRole('list', { name: m['drafts.tab.changes'] }).getByText(change).waitFor();
    await shot('changes');

    // What the draft would do on that later day, on the real ledger: Contoso goes down, nothing stored.
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(m['drafts.effectiveFrom'], { exact: true }).fill(later);
    await page.getByRole('tab', { name: m['draftWhatIf.title'] }).click();
    await page.getByRole('button', { name: m['draftWhatIf.run'] }).click();
    const result = page.getByRole('region', { name: m['draftWhatIf.title'] });
    await result.getByText(m['whatIf.companiesDown']).waitFor();
    await result.getByText('Contoso Analytics').first().waitFor();
    await shot('what-if');

    // In force from that day: published, listed as scheduled, the version in force unchanged until then.
    await page.getByRole('button', { name: m['drafts.publish'] }).click();
    const list = page.getByRole('listitem').filter({ hasText: 'FY25' });
    await list.getByText(m['programs.scheduled']).waitFor();
    await page.getByText(m['drafts.none']).waitFor();
    await shot('published');

    // The publisher reads on its Rewards page what changes for it on that day.
    await signOut(page, m);
    await signIn(page, m, 'ava@contoso.example');
    // Signed in once the shell shows (its sign-out, or on a phone its menu), then to the Rewards page.
    await page
      .getByRole('button', { name: m['shell.openMenu'] })
      .or(page.getByRole('button', { name: m['shell.signOut'] }))
      .first()
      .waitFor();
    await page.goto(`${url}/rewards`);
    await page.getByRole('heading', { name: pattern(m['preview.title']) }).waitFor();
    await page.getByText(pattern(m['preview.tier'])).waitFor();
    await assertFitsWidth(page, `${locale} ${size}`);
    await assertAccessible(page, `${locale} ${size} publisher preview`);
    await screenshot(page, `${locale}-${size}-publisher-preview`);
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
