// The first run of an invited person in a real browser (issue 16): an owner invites someone in Traditional Chinese;
// the invitation is mailed (read here from the outbox, as the service keeps it without SMTP); the link opens the
// portal's page in zh-TW, saying who invited them where; a weak password is explained in a sentence; then the
// person is signed in and lands on the home page, and the owner sees them Active. Screenshots at 1440 and 390.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  browserForFile,
  CATALOGS,
  fill,
  pattern,
  screenshot,
  signIn,
  waitUntil,
  withDemoService,
} from './support/browser.ts';

const browser = browserForFile();
const en = CATALOGS.en;
const zh = CATALOGS['zh-TW'];
const OWNER = 'ava@contoso.example'; // Contoso Analytics
const INVITEE = 'mei.lin@contoso.example';

/** A page signed in as `email`, in English. */
async function signedIn(url: string, email: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await (await browser().newContext({ viewport })).newPage();
  await page.goto(url);
  await page.evaluate(() => localStorage.setItem('rewards.locale', 'en'));
  await page.reload();
  await signIn(page, en, email);
  await page.getByRole('button', { name: en['shell.signOut'] }).waitFor();
  return page;
}

interface Mail {
  notification: { language: string; subject: string };
  text: string;
}

/** The invitation mail to `email`, as the rewards team reads it in the console's outbox. */
async function invitationMail(page: Page, email: string): Promise<Mail> {
  return page.evaluate(async (to) => {
    const answer = await fetch(`/api/v1/notifications?kind=invitation&recipient=${to}`);
    const list = (await answer.json()) as { items: { id: string }[] };
    return (await (await fetch(`/api/v1/notifications/${list.items[0]!.id}`)).json()) as Mail;
  }, email);
}

describe('[PORTAL] first run', () => {
  it('[PUBLISHER] an invited person accepts in their language and lands signed in', async () => {
    await withDemoService(async (url) => {
      const owner = await signedIn(url, OWNER);
      await owner.goto(`${url}/settings`);
      await owner.getByRole('textbox', { name: en['users.name'] }).fill('Mei Lin');
      await owner.getByRole('textbox', { name: en['users.email'] }).fill(INVITEE);
      await owner.getByRole('combobox', { name: en['users.language'] }).selectOption('zh-TW');
      await owner.getByRole('button', { name: en['users.send'] }).click();
      await owner.getByText(pattern(en['users.mailed'])).waitFor();
      const row = owner.getByRole('row').filter({ hasText: INVITEE });
      await row.getByText(en['users.pending'], { exact: true }).waitFor();
      await screenshot(owner, 'first-run-users-pending');

      const team = await signedIn(url, 'team@rewards.example');
      const mail = await invitationMail(team, INVITEE);
      assert.equal(mail.notification.language, 'zh-TW');
      assert.match(mail.notification.subject, /[\u4e00-\u9fff]/, 'the subject is in Traditional Chinese');
      const link = /(https?:\/\/\S+\/accept-invitation#token=\S+)/.exec(mail.text)?.[1];
      assert.ok(link, mail.text);

      // Read at 1440 first, then accepted on a phone.
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 390, height: 844 },
      ]) {
        const guest = await (await browser().newContext({ viewport })).newPage();
        await guest.goto(`${url}${new URL(link).pathname}${new URL(link).hash}`);
        await guest.getByRole('heading', { name: zh['accept.title'] }).waitFor();
        await guest
          .getByText(fill(zh['accept.from'], { inviter: 'Ava Patel', publisher: 'Contoso Analytics' }))
          .waitFor();
        assert.equal(new URL(guest.url()).hash, '', 'the token leaves the address bar');
        const wide = await guest.evaluate(() => {
          const view = globalThis as unknown as {
            innerWidth: number;
            document: { documentElement: { scrollWidth: number } };
          };
          return view.document.documentElement.scrollWidth > view.innerWidth;
        });
        assert.equal(wide, false, 'nothing scrolls sideways');
        if (viewport.width === 1440) {
          await screenshot(guest, 'first-run-accept-zh-TW-wide');
          continue;
        }
        await guest.locator('input[type=password]').fill('password12345678');
        await guest.getByRole('button', { name: zh['accept.submit'] }).click();
        await guest.getByText(zh['fieldError.password-common']).waitFor();
        await assertAccessible(guest, 'the invitation page with a refused password');
        await screenshot(guest, 'first-run-accept-zh-TW-phone');
        await guest.locator('input[type=password]').fill('quiet harbor lamp violet');
        await guest.getByRole('button', { name: zh['accept.submit'] }).click();
        // Signed in, on the home page (the portal's first page for them), in their language.
        await guest.getByRole('button', { name: zh['shell.openMenu'] }).waitFor();
        await guest.getByRole('heading', { level: 1 }).first().waitFor();
        const loading = guest.getByText(zh['common.loading']);
        await waitUntil(async () => (await loading.count()) === 0, 'the home page to load');
        assert.notEqual(new URL(guest.url()).pathname, '/accept-invitation');
        await screenshot(guest, 'first-run-home-zh-TW-phone');
      }

      await owner.reload();
      const accepted = owner.getByRole('row').filter({ hasText: INVITEE });
      await accepted.getByText(en['users.active'], { exact: true }).waitFor();
      await screenshot(owner, 'first-run-users-active');
    });
  });
});
