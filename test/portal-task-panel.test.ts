// The task panel in a real browser (issue 17, item 2), in English on a desktop and in Traditional Chinese on a
// phone: a rewards team member opens the late technical request Fabrikam's Tomas sent nine days ago (the demo's),
// reads its text and whom to contact (Lena, Fabrikam's marketing contact: email and phone as links), claims it and
// logs a call from the panel, reloads, and the panel is still open with the clock stopped and the call in its
// history (the promise missed: two days late); the request has left "open work" for "in progress"; "Complete"
// resolves it with a note, which the thread shows. Pages pass
// axe-core, fit the width, and are photographed
// (test-results/screenshots/<locale>-<size>-task-panel-*.png).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
const ASKED = 'We are designing restore across two Azure regions';
const NOTE = 'Called Lena: design review booked for Thursday.';
const DONE = 'The design review is done: restore runs in both regions.';

async function journey({ page, m, size, shot }: Walk, url: string): Promise<void> {
  const phone = size === 'phone';
  await signIn(page, m, 'team@rewards.example');
  await page
    .getByRole('button', { name: m['shell.openMenu'] })
    .or(page.getByRole('button', { name: m['shell.signOut'] }))
    .first()
    .waitFor();
  await page.goto(`${url}/console`);
  const queue = page.getByRole('table', { name: m['console.tab.queue'] });
  const subject = m['taskSubject.technical-request'];
  const row = queue.getByRole('row').filter({ hasText: 'Fabrikam Cloud' }).filter({ hasText: subject });
  await row.getByText(m['clock.late'], { exact: true }).waitFor();
  // Late work first: the first row of open work is late too.
  await queue.getByRole('row').nth(1).getByText(m['clock.late'], { exact: true }).waitFor();
  await shot('queue');

  await row.getByRole('button', { name: subject }).click();
  const panel = page.getByRole(phone ? 'dialog' : 'region', { name: m['taskPanel.title'] });
  await panel.getByText(ASKED, { exact: false }).waitFor();
  assert.match(page.url(), /[?&]task=[0-9a-f-]{36}/);
  await panel.getByText(m['stage.design'], { exact: true }).waitFor();
  await panel.getByText('Fabrikam Backup', { exact: true }).waitFor();
  const email = panel.getByRole('link', { name: 'lena.fischer@fabrikam.example' });
  assert.equal(await email.getAttribute('href'), 'mailto:lena.fischer@fabrikam.example');
  assert.equal(
    await panel.getByRole('link', { name: '+4930901820' }).getAttribute('href'),
    'tel:+4930901820',
  );
  await panel.getByRole('link', { name: 'tomas@fabrikam.example' }).waitFor();
  await panel.getByText(pattern(m['taskPanel.lateBy'])).waitFor();
  await shot('late');

  // Claim, then log the call, from the panel: the next step moves from one to the other.
  await panel.getByRole('button', { name: m['console.claim'], exact: true }).click();
  await panel.getByRole('button', { name: m['console.logContact'], exact: true }).click();
  const dialog = page.getByRole('dialog', { name: pattern(m['console.logTitle']) });
  await dialog.getByRole('combobox', { name: m['console.channel'] }).selectOption('phone');
  await dialog.getByRole('textbox', { name: m['console.note'] }).fill(NOTE);
  await dialog.getByRole('button', { name: m['console.logContact'] }).click();
  await dialog.waitFor({ state: 'detached' });
  await panel.getByText(NOTE, { exact: false }).waitFor();
  await panel.getByText(pattern(m['taskPanel.contactedOn'])).waitFor();

  // A reload opens the same task again.
  await page.reload();
  await panel.getByText(NOTE, { exact: false }).waitFor();
  await panel.getByText(m['clock.missed'], { exact: true }).waitFor();
  await panel.getByRole('button', { name: m['console.complete'], exact: true }).waitFor();
  await shot('contacted');
  if (!phone) {
    // Contacted work (the promise missed here, two days late) is out of open work, under "in progress".
    await queue.getByRole('row').nth(1).waitFor();
    assert.equal(await row.count(), 0, 'the contacted request left open work');
    await page.getByRole('combobox', { name: m['console.status'] }).selectOption('progress');
    await row.getByText(m['clock.missed']).waitFor();
  }
  // "Complete" on a request resolves its conversation: the note goes into the thread (and to Tomas by mail). The
  // panel is still there for assistive technology when the dialog closes (found by its role: not aria-hidden),
  // though the Complete button that opened the dialog is gone.
  await panel.getByRole('button', { name: m['console.complete'], exact: true }).click();
  const resolving = page.getByRole('dialog', { name: m['thread.resolve'] });
  await resolving.getByRole('textbox').fill(DONE);
  await resolving.getByRole('button', { name: m['thread.resolve'] }).click();
  await resolving.waitFor({ state: 'detached' });
  await panel.getByText(DONE).waitFor();
  await panel.getByText(pattern(m['thread.event.resolved'])).waitFor();
  await shot('resolved');
  await panel.getByRole('button', { name: m['taskPanel.close'] }).click();
  await panel.waitFor({ state: 'detached' });
  assert.doesNotMatch(page.url(), /task=/);
}

const walk = (locale: Locale, width: number, height: number) =>
  withDemoService((url) =>
    walkThrough(browser, { locale, url, width, height, area: 'task-panel', start: '/console' }, (w) =>
      journey(w, url),
    ),
  );

describe('[PORTAL] the task panel in a browser', () => {
  it('[REWARDS TEAM] opens a late request, reads it and whom to call, logs the call, reloads, in en', async () => {
    await walk('en', 1440, 900);
  });
  it('[REWARDS TEAM] opens a late request, reads it and whom to call, logs the call, reloads, in zh-TW on a phone', async () => {
    await walk('zh-TW', 390, 844);
  });
});
