// People's data in a real browser (issue 19), in English on a desktop and in Traditional Chinese on a phone: Dana
// (Contoso's member, dev@contoso.example) downloads her data from her account page; then a program admin finds her
// on the console's People tab by a part of her address, downloads her data for her, opens the erasure's dialog,
// reads what it does, erases her, and the list shows her erased under her pseudonym. Pages pass axe-core, fit the
// width, and are photographed (test-results/screenshots/<locale>-<size>-personal-data-*.png).
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  browserForFile,
  pattern,
  signIn,
  walkThrough,
  withDemoService,
  type Locale,
  type Walk,
} from './support/browser.ts';

const browser = browserForFile();
const DANA = 'dev@contoso.example';

/** Clicks `link` and reads the JSON file the browser saves. */
async function downloaded(page: Page, link: Locator): Promise<any> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.match(download.suggestedFilename(), /^personal-data-[0-9a-f]{8}\.json$/);
  return JSON.parse(await fs.readFile(await download.path(), 'utf8'));
}

/** Signed in, once the shell shows (the phone's menu button or the desktop's Sign out). */
async function signedIn({ page, m }: Walk, email: string): Promise<void> {
  await signIn(page, m, email);
  await page
    .getByRole('button', { name: m['shell.openMenu'] })
    .or(page.getByRole('button', { name: m['shell.signOut'] }))
    .first()
    .waitFor();
}

async function ownExport(walk: Walk, url: string): Promise<void> {
  const { page, m, shot } = walk;
  await signedIn(walk, DANA);
  await page.goto(`${url}/account`);
  await page.getByRole('heading', { name: m['account.data.title'] }).waitFor();
  await shot('account');
  const data = await downloaded(page, page.getByRole('link', { name: m['account.data.download'] }));
  assert.deepEqual([data.person.email, data.person.displayName], [DANA, 'Dana Kim']);
  assert.ok(data.sessions.length >= 1, 'her sign-in is in it');
}

async function eraseAsAdmin(walk: Walk, url: string): Promise<void> {
  const { page, m, shot } = walk;
  await signedIn(walk, 'admin@rewards.example');
  await page.goto(`${url}/console?tab=people`);
  await page.getByRole('searchbox', { name: m['people.search'] }).fill('dev@contoso');
  await page.getByRole('button', { name: m['people.find'], exact: true }).click();
  const results = page.getByRole('table', { name: m['people.results'] });
  const row = results.getByRole('row').filter({ hasText: DANA });
  await row.getByText(m['users.active']).waitFor();
  await shot('people');
  const data = await downloaded(page, row.getByRole('link', { name: m['people.download'] }));
  assert.equal(data.person.email, DANA);

  await row.getByRole('button', { name: m['people.erase'] }).click();
  const dialog = page.getByRole('dialog', { name: pattern(m['people.erase.userTitle']) });
  await dialog.getByRole('heading', { name: new RegExp(DANA.replace(/\./g, '\\.')) }).waitFor();
  await dialog.getByText(m['people.consequence.user.signIn']).waitFor();
  await dialog.getByText(m['people.consequence.final']).waitFor();
  await shot('erase-dialog');
  await dialog.getByRole('button', { name: m['people.erase.user'] }).click();
  await dialog.waitFor({ state: 'detached' });
  const pseudonym = `Erased user ${data.person.id.slice(0, 8)}`;
  await page.getByText(pattern(m['people.erased.notice'])).filter({ hasText: pseudonym }).waitFor();
  // Found by her old address no more: her row now holds the pseudonym and an address that reaches no one.
  await page.getByText(m['people.none']).waitFor();
  await shot('erased');
}

const walk = (locale: Locale, width: number, height: number) =>
  withDemoService(async (url) => {
    const options = { locale, url, width, height, area: 'personal-data' };
    await walkThrough(browser, options, (w) => ownExport(w, url));
    await walkThrough(browser, options, (w) => eraseAsAdmin(w, url));
  });

describe("[PORTAL] people's data in a browser", () => {
  it('[PROGRAM ADMIN] a member downloads her data; an admin finds her, downloads it for her and erases her, in en', async () => {
    await walk('en', 1440, 900);
  });
  it('[PROGRAM ADMIN] a member downloads her data; an admin finds her, downloads it for her and erases her, in zh-TW on a phone', async () => {
    await walk('zh-TW', 390, 844);
  });
});
