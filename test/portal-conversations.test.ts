// Conversations in a real browser (issue 17), in English at 1440×900 and in Traditional Chinese on a 390×844 phone:
// a publisher opens a support ticket, the rewards team reads it in the task panel and replies, the publisher replies,
// the team resolves it; the same for the demo's late technical request; and a dispute of a billed-sales line that
// ends in a correction the publisher sees on the line. Pages pass axe-core, fit the width and are photographed
// (test-results/screenshots/<locale>-<size>-conversation-*.png).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  browserForFile,
  fill,
  pattern,
  signIn,
  signOut,
  walkThrough,
  withDemoService,
  type Walk as BrowserWalk,
} from './support/browser.ts';

const browser = browserForFile();
const TEAM = 'team@rewards.example';
const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

interface Walk extends BrowserWalk {
  url: string;
  phone: boolean;
  signedIn: boolean;
}

/** The three conversations, one after the other, in one walk. */
async function settle(w: Walk): Promise<void> {
  await ticket(w);
  await technicalRequest(w);
  await dispute(w);
}

/** Signs `email` in (after signing out whoever is in) and waits for the portal around the page. */
async function as(w: Walk, email: string): Promise<void> {
  if (w.signedIn) {
    // From the start page: on a phone an open task panel covers the header.
    await w.page.goto(w.url);
    await signOut(w.page, w.m);
  }
  w.signedIn = true;
  await signIn(w.page, w.m, email);
  await w.page
    .getByRole('button', { name: w.m['shell.openMenu'] })
    .or(w.page.getByRole('button', { name: w.m['shell.signOut'] }))
    .first()
    .waitFor();
}

/** The rewards team's task panel for the task of conversation `id`, opened from the queue's address. */
async function taskPanel(w: Walk, id: string) {
  const taskId = await w.page.evaluate(async (conversation) => {
    const answer = await fetch('/api/v1/tasks?status=open&status=contacted&status=done&limit=500');
    const { items } = (await answer.json()) as { items: Record<string, string | null>[] };
    return items.find((t) => [t.supportTicketId, t.technicalRequestId, t.disputeId].includes(conversation))!
      .id;
  }, id);
  await w.page.goto(`${w.url}/console?tab=queue&task=${taskId}`);
  const panel = w.page.getByRole(w.phone ? 'dialog' : 'region', { name: w.m['taskPanel.title'] });
  await panel.waitFor();
  return panel;
}

async function reply(w: Walk, where: Page | ReturnType<Page['getByRole']>, text: string): Promise<void> {
  await where.getByRole('textbox', { name: w.m['thread.replyLabel'] }).fill(text);
  await where.getByRole('button', { name: w.m['thread.send'] }).click();
  await where.getByText(text).first().waitFor();
  await w.page.getByText(w.m['thread.sent']).waitFor();
}

async function ticket(w: Walk): Promise<void> {
  const { page, m } = w;
  await as(w, 'ava@contoso.example');
  await page.goto(`${w.url}/tickets`);
  await page.getByRole('button', { name: m['tickets.new'] }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: m['ticket.subject'] }).fill('Welcome call for Contoso Insights');
  await dialog
    .getByRole('textbox', { name: m['ticket.description'] })
    .fill('Nobody has called since the offer went live.');
  await dialog.getByRole('button', { name: m['ticket.submit'] }).click();
  await page.getByRole('heading', { name: 'Welcome call for Contoso Insights' }).waitFor();
  await page.getByText(m['thread.status.waiting-on-team']).waitFor();
  const id = new URL(page.url()).searchParams.get('id')!;
  await w.shot('ticket-opened');

  await as(w, TEAM);
  const panel = await taskPanel(w, id);
  await panel.getByText('Nobody has called since the offer went live.').waitFor();
  await reply(w, panel, 'We will call you tomorrow at 10:00.');
  await w.shot('ticket-team-replied');

  await as(w, 'ava@contoso.example');
  await page.goto(`${w.url}/tickets`);
  await page.getByRole('link', { name: 'Welcome call for Contoso Insights' }).click();
  await page.getByText('We will call you tomorrow at 10:00.').waitFor();
  await page.getByText(m['thread.status.waiting-on-publisher']).waitFor();
  await reply(w, page, 'Thank you, 10:00 suits us.');
  await page.getByText(m['thread.status.waiting-on-team']).waitFor();

  await as(w, TEAM);
  const again = await taskPanel(w, id);
  await again.getByText('Thank you, 10:00 suits us.').waitFor();
  await again.getByRole('button', { name: m['thread.resolve'] }).click();
  const resolve = page.getByRole('dialog', { name: m['thread.resolve'] });
  await resolve.getByRole('textbox').fill('Called on Tuesday.');
  await resolve.getByRole('button', { name: m['thread.resolve'] }).click();
  await page.getByText(m['thread.resolvedNotice']).waitFor();

  await as(w, 'ava@contoso.example');
  await page.goto(`${w.url}/conversation?id=${id}`);
  await page.getByText(m['thread.status.resolved']).first().waitFor();
  await page.getByText('Called on Tuesday.').waitFor();
  await w.shot('ticket-resolved');
}

async function technicalRequest(w: Walk): Promise<void> {
  const { page, m } = w;
  await as(w, 'tomas@fabrikam.example');
  await page.goto(`${w.url}/tickets`);
  await page
    .getByRole('link', { name: fill(m['thread.title.technical-request'], { offer: 'Fabrikam Backup' }) })
    .click();
  const id = new URL(page.url()).searchParams.get('id')!;
  await as(w, TEAM);
  const panel = await taskPanel(w, id);
  await panel
    .getByText(/40 TB of backups/)
    .first()
    .waitFor();
  await reply(w, panel, 'Use geo-redundant storage; an architect reviews your design on Monday.');
  await w.shot('request-panel');
  await as(w, 'tomas@fabrikam.example');
  await page.goto(`${w.url}/conversation?id=${id}`);
  await reply(w, page, 'Monday works. We will send the diagram.');
  await as(w, TEAM);
  const again = await taskPanel(w, id);
  await again.getByRole('button', { name: m['thread.resolve'] }).click();
  await page
    .getByRole('dialog', { name: m['thread.resolve'] })
    .getByRole('button', { name: m['thread.resolve'] })
    .click();
  await page.getByText(m['thread.resolvedNotice']).waitFor();
}

async function dispute(w: Walk): Promise<void> {
  const { page, m } = w;
  await as(w, 'ava@contoso.example');
  await page.goto(`${w.url}/billed-sales`);
  // The first line's Dispute button, named after its line ("Dispute line CTS-…").
  const prefix = fill(m['dispute.lineAction'], { line: '' });
  const action = page.getByRole('button', { name: new RegExp(`^${escape(prefix)}`) }).first();
  const line = ((await action.getAttribute('aria-label')) ?? '').slice(prefix.length);
  await action.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('This sale was billed twice in the same month.');
  await dialog.getByRole('button', { name: m['dispute.submit'] }).click();
  await page.getByRole('heading', { name: fill(m['thread.title.dispute-line'], { line }) }).waitFor();
  const id = new URL(page.url()).searchParams.get('id')!;
  await w.shot('dispute-opened');

  await as(w, TEAM);
  const panel = await taskPanel(w, id);
  await panel.getByRole('button', { name: m['dispute.decide'] }).click();
  const decide = page.getByRole('dialog', { name: m['dispute.decideTitle'] });
  await decide
    .getByRole('textbox', { name: m['dispute.note'] })
    .fill('Billed twice: the second charge is taken away.');
  await decide.getByRole('checkbox', { name: m['dispute.addCorrection'] }).check();
  await decide.getByRole('textbox', { name: m['dispute.correctionAmount'] }).fill('-65');
  await decide.getByRole('button', { name: m['dispute.decide'] }).click();
  await page.getByText(m['dispute.decided']).waitFor();

  await as(w, 'ava@contoso.example');
  await page.goto(`${w.url}/billed-sales`);
  const onLine = page.getByRole('link', { name: pattern(m['dispute.badge.corrected']) });
  await onLine.first().waitFor();
  await page.getByRole('link', { name: m['dispute.badge.correction'] }).first().waitFor();
  assert.match((await onLine.first().textContent()) ?? '', /65/);
  await w.shot('dispute-corrected');

  // Writing after the decision opens the task again: it owes an answer now, not a second decision.
  await page.goto(`${w.url}/conversation?id=${id}`);
  await reply(w, page, 'It was billed three times: the correction should be 130.');
  await as(w, TEAM);
  const owed = await taskPanel(w, id);
  await owed.getByText(m['taskSubject.disputeDecided']).first().waitFor();
  await w.shot('dispute-answer-owed');
}

describe('[PUBLISHER] [REWARDS TEAM] conversations in a browser', () => {
  for (const [locale, width, height] of [
    ['en', 1440, 900],
    ['zh-TW', 390, 844],
  ] as const) {
    it(`a ticket, a technical request and a dispute, answered and settled (${locale}, ${width}×${height})`, () =>
      withDemoService((url) =>
        walkThrough(browser, { locale, url, width, height, area: 'conversation' }, (walk) =>
          settle({ ...walk, url, phone: walk.size === 'phone', signedIn: false }),
        ),
      ));
  }
});
