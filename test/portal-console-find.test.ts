// Finding things in the console (issue 17, item 3), in English on a desktop and in Traditional Chinese on a phone: a
// rewards team member finds a publisher by its MPN ID in the header's picker (a search on the server, never the
// whole list), opens the outbox, which follows that publisher, pages through it, filters it by status, reloads and
// lands on the same tab, page and filter, and goes Back to the page before. Pages pass axe-core, fit the width, and
// are photographed (test-results/screenshots/<locale>-<size>-console-find-*.png).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import {
  browserForFile,
  fill,
  headerControls,
  signIn,
  walkThrough,
  withDemoService,
  waitUntil,
  type Locale,
  type Walk,
} from './support/browser.ts';

const browser = browserForFile();
const CONTOSO_MPN_ID = '4012345';

/** Contoso's outbox made longer than a page: 56 more messages to long addresses, as its people's invitations. */
async function moreMessages(database: string): Promise<void> {
  const client = new pg.Client(database);
  await client.connect();
  try {
    await client.query(
      `INSERT INTO notifications (publisher_id, about_publisher_id, dedupe_key, event_key, kind, recipient_email,
                                  language, payload, status, status_note, created_at, subject, body_text, body_html)
       SELECT NULL, p.id, 'find-test:' || g, 'find-test:' || g, 'invitation',
              'marketing.team.member' || g || '@contoso-partner-marketing.example', 'en', '{}'::jsonb, 'held',
              'No mail transport is configured (SMTP_URL).', now() - make_interval(days => 400 + g),
              'You are invited to Contoso Analytics on Marketplace Rewards', 'Welcome', '<p>Welcome</p>'
       FROM publishers p, generate_series(1, 56) g WHERE p.mpn_id = $1`,
      [CONTOSO_MPN_ID],
    );
  } finally {
    await client.end();
  }
}

async function journey({ page, m, size, shot }: Walk): Promise<void> {
  const range = (from: number, to: number, total: number) =>
    fill(m['sales.page'], { from: String(from), to: String(to), total: String(total) });
  await signIn(page, m, 'team@rewards.example');
  await page.getByRole('heading', { name: m['console.title'] }).waitFor();

  // The picker asks the server as the person types: Contoso by its MPN ID.
  const controls = await headerControls(page, m);
  const picker = controls.getByRole('combobox', { name: m['shell.publisher'] });
  const asked: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/v1/publishers') asked.push(new URL(r.url()).search);
  });
  await picker.click();
  await picker.pressSequentially(CONTOSO_MPN_ID, { delay: 30 });
  const listbox = page.getByRole('listbox');
  const option = listbox.getByRole('option', { name: /Contoso Analytics/ });
  // The demo's six publishers first, then the one the search finds.
  await waitUntil(async () => (await listbox.getByRole('option').count()) === 1, 'the search to answer');
  await option.waitFor();
  assert.ok(
    asked.some((search) => search.includes(`q=${CONTOSO_MPN_ID}`)),
    `asked the server for the MPN ID: ${asked.join(' ')}`,
  );
  assert.ok(asked.length < CONTOSO_MPN_ID.length, `debounced: ${asked.length} requests for 7 keys`);
  await shot('picker');
  await option.click();
  if (size === 'phone') await page.getByRole('button', { name: m['shell.closeMenu'] }).click();
  await page.locator('header').getByText('Contoso Analytics').waitFor();

  // The outbox follows the publisher chosen in the header.
  await page.getByRole('tab', { name: m['console.tab.outbox'] }).click();
  const scope = page.getByRole('combobox', { name: m['outbox.scope'] });
  await page.waitForURL(/tab=outbox/);
  assert.match(await scope.locator('option:checked').innerText(), /Contoso Analytics \(4012345\)/);
  const pager = page.getByRole('navigation', { name: m['outbox.pages'] });
  await page.waitForURL(/publisher=/);
  const id = new URL(page.url()).searchParams.get('publisher')!;
  const count = (query: string) =>
    page.evaluate(
      async (path) => ((await (await fetch(path)).json()) as { total: number }).total,
      `/api/v1/notifications?publisherId=${id}&limit=1${query}`,
    );
  const [total, held] = [await count(''), await count('&status=held')];
  assert.ok(total > 50 && total < 100 && held > 50, `${total} messages about Contoso, ${held} held`);
  await pager.getByText(range(1, 50, total)).waitFor();
  await shot('outbox');

  // Next page, then only held messages (back to the first page), then their next page.
  await pager.getByRole('button', { name: m['sales.nextPage'] }).click();
  await pager.getByText(range(51, total, total)).waitFor();
  await page.getByRole('combobox', { name: m['console.showStatus'] }).selectOption('held');
  await pager.getByText(range(1, 50, held)).waitFor();
  await pager.getByRole('button', { name: m['sales.nextPage'] }).click();
  await pager.getByText(range(51, held, held)).waitFor();
  assert.deepEqual(Object.fromEntries(new URL(page.url()).searchParams), {
    tab: 'outbox',
    publisher: id,
    status: 'held',
    page: '2',
  });
  await shot('page-2');

  // A reload lands on the same tab, page, filter and publisher.
  await page.reload();
  await page.getByRole('tab', { name: m['console.tab.outbox'], selected: true }).waitFor();
  await pager.getByText(range(51, held, held)).waitFor();
  assert.equal(await page.getByRole('combobox', { name: m['console.showStatus'] }).inputValue(), 'held');
  assert.match(await scope.locator('option:checked').innerText(), /Contoso Analytics/);
  // Addresses wrap after the @, never widening the page.
  const address = page.getByText(/marketing\.team\.member\d+@/).first();
  assert.equal((await address.locator('wbr').count()) > 0, true);
  await shot('reloaded');

  // Back: the first page of held messages; Back again: every status.
  await page.goBack();
  await pager.getByText(range(1, 50, held)).waitFor();
  await page.goBack();
  await pager.getByText(range(51, total, total)).waitFor();
  assert.equal(await page.getByRole('combobox', { name: m['console.showStatus'] }).inputValue(), '');
}

const walk = (url: string, locale: Locale, width: number, height: number) =>
  walkThrough(browser, { locale, url, width, height, area: 'console-find', start: '/console' }, journey);

describe('[PORTAL] finding things in the console', () => {
  it('[REWARDS TEAM] finds a publisher by MPN ID, pages its outbox and reloads onto the same view, in en', async () => {
    await withDemoService(async (url, database) => {
      await moreMessages(database);
      await walk(url, 'en', 1440, 900);
    });
  });
  it('[REWARDS TEAM] finds a publisher by MPN ID, pages its outbox and reloads onto the same view, in zh-TW on a phone', async () => {
    await withDemoService(async (url, database) => {
      await moreMessages(database);
      await walk(url, 'zh-TW', 390, 844);
    });
  });
});
