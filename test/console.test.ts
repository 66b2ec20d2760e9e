// The rewards team's console in a real browser (issue 6): a publisher activates a benefit, a team member claims it
// in the queue and logs a contact, and the publisher's page shows the promise kept; an opt-out is recorded and
// withdrawn, a late welcome completed. The publisher view, outbox and dashboards pass axe-core too, and every screen
// is photographed, in English and (the queue) in zh-TW.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertAccessible,
  CATALOGS,
  fill,
  browserForFile,
  pattern,
  screenshot,
  signIn,
  withDemoService,
} from './support/browser.ts';

const browser = browserForFile();

describe('[CONSOLE] the rewards team works the queue in a browser', () => {
  it('claims an activation, logs a contact, and the publisher sees the promise kept', async () => {
    await withDemoService(async (url) => {
      const m = CATALOGS.en;
      const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
      const context = await browser().newContext({
        locale: 'en',
        timezoneId: 'Europe/Berlin',
        viewport: { width: 1400, height: 900 },
      });
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.message));
      try {
        // Fabrikam has a marketing contact: its owner activates the first available benefit.
        await page.goto(`${url}/rewards`);
        await signIn(page, m, 'lena@fabrikam.example');
        const card = page
          .locator('[data-state=available]')
          .filter({ has: page.getByRole('button', { name: m['benefit.activate'] }) })
          .first();
        await card.waitFor();
        const benefitId = (await card.getAttribute('id'))!.replace(/^benefit-/, '');
        await card.getByRole('button', { name: m['benefit.activate'] }).click();
        await page.getByRole('dialog').getByRole('button', { name: m['activate.confirm'] }).click();
        await page.getByText(pattern(m['activate.done'])).waitFor();
        await page.getByRole('button', { name: m['shell.signOut'] }).click();

        // A rewards team member finds it in the queue (activations only), claims it, logs a phone call.
        await signIn(page, m, 'team@rewards.example');
        await page.getByRole('navigation').getByRole('link', { name: m['nav.console'] }).click();
        await page.getByRole('heading', { level: 1, name: m['console.title'] }).waitFor();
        await page.getByRole('combobox', { name: m['console.kind'] }).selectOption('activation');
        const row = page
          .getByRole('row')
          .filter({ hasText: 'Fabrikam Cloud' })
          .filter({ hasText: m['console.unassigned'] })
          .first();
        await row.waitFor();
        await assertAccessible(page, 'console queue');
        await screenshot(page, 'en-console-queue');
        // One next step per row; assigning (and the rest) is in its "More actions" menu.
        await row.getByRole('button', { name: m['console.moreActions'] }).click();
        await page.getByRole('menuitem', { name: m['console.assign'] }).waitFor();
        await page.keyboard.press('Escape');
        await row.getByRole('button', { name: m['console.claim'] }).click();
        await page.getByText(pattern(m['console.claimed'])).waitFor();
        const mine = page
          .getByRole('row')
          .filter({ hasText: 'Fabrikam Cloud' })
          .filter({ hasText: 'Riley Chen' })
          .first();
        await mine.getByRole('button', { name: m['console.logContact'] }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('combobox', { name: m['console.channel'] }).selectOption('phone');
        await dialog
          .getByRole('textbox', { name: m['console.note'] })
          .fill('Called Lena; the work starts Monday.');
        await assertAccessible(page, 'log contact dialog');
        await screenshot(page, 'en-console-log-contact');
        await dialog.getByRole('button', { name: m['console.logContact'] }).click();
        await page.getByText(m['console.contactLogged']).waitFor();
        await dialog.waitFor({ state: 'detached' });
        // Contacted work leaves open work for "in progress".
        await page.getByRole('combobox', { name: m['console.status'] }).selectOption('progress');
        await page
          .getByRole('row')
          .filter({ hasText: 'Fabrikam Cloud' })
          .filter({ hasText: m['clock.kept'] })
          .first()
          .waitFor();

        // The publisher view: the task, the contact history with the note.
        await page
          .getByRole('row')
          .filter({ hasText: 'Fabrikam Cloud' })
          .first()
          .getByRole('button', { name: /Fabrikam Cloud/ })
          .click();
        await page.getByText('Called Lena; the work starts Monday.').waitFor();
        // Fabrikam opts out of welcome calls (L8): recorded, listed, and withdrawn again.
        await page.getByRole('combobox', { name: m['console.engagement'] }).selectOption('welcome');
        await page
          .getByRole('textbox', { name: m['console.note'] })
          .fill('Asked on the phone: no more welcome calls.');
        await page.getByRole('button', { name: m['console.recordOptOut'] }).click();
        await page.getByText(m['console.optedOut']).waitFor();
        await page.getByText('Asked on the phone: no more welcome calls.').waitFor();
        await assertAccessible(page, 'console publisher view');
        await screenshot(page, 'en-console-publisher');
        await page.getByRole('button', { name: m['console.withdraw'] }).click();
        await page.getByText(pattern(m['console.withdrawn'])).waitFor();

        // Back in the queue, the late welcome for Tailspin is completed (which counts as contact).
        await page.getByRole('tab', { name: m['console.tab.queue'] }).click();
        await page.getByRole('combobox', { name: m['console.kind'] }).selectOption('welcome');
        await page.getByRole('combobox', { name: m['console.status'] }).selectOption('open');
        const late = page.getByRole('row').filter({ hasText: 'Tailspin Toys' }).first();
        await late.getByRole('button', { name: m['console.moreActions'] }).click();
        await page.getByRole('menuitem', { name: m['console.complete'] }).click();
        await page.getByRole('dialog').getByRole('button', { name: m['console.complete'] }).click();
        await page.getByText(pattern(m['console.completed'])).waitFor();
        await page.getByRole('row').filter({ hasText: 'Tailspin Toys' }).waitFor({ state: 'detached' });
        for (const [tab, name] of [
          [m['console.tab.outbox'], 'outbox'],
          [m['console.tab.dashboards'], 'dashboards'],
        ] as const) {
          await page.getByRole('tab', { name: tab }).click();
          await page.getByRole('tabpanel', { name: tab }).waitFor();
          await page.waitForLoadState('networkidle');
          await assertAccessible(page, `console ${name}`);
          await screenshot(page, `en-console-${name}`);
        }
        await page.getByRole('combobox', { name: m['shell.language'] }).selectOption('zh-TW');
        await page.getByRole('tab', { name: CATALOGS['zh-TW']['console.tab.queue'] }).click();
        await page.getByRole('table', { name: CATALOGS['zh-TW']['console.tab.queue'] }).waitFor();
        await assertAccessible(page, 'console queue in zh-TW');
        await screenshot(page, 'zh-TW-console-queue');
        await page.getByRole('combobox', { name: CATALOGS['zh-TW']['shell.language'] }).selectOption('en');
        await page.getByRole('button', { name: m['shell.signOut'] }).click();

        // The publisher's page: the promise kept, on the day of the call. Publisher users land on Home.
        await signIn(page, m, 'lena@fabrikam.example');
        await page.getByRole('heading', { level: 1, name: m['home.title'] }).waitFor();
        await page.getByRole('navigation').getByRole('link', { name: m['nav.rewards'] }).click();
        const promise = page.getByTestId(`promise-${benefitId}`);
        await promise.waitFor();
        const activations = await page.evaluate(async () => {
          const publishers = (await (await fetch('/api/v1/publishers')).json()) as {
            items: { id: string }[];
          };
          const r = await fetch(`/api/v1/publishers/${publishers.items[0]!.id}/activations`);
          return ((await r.json()) as { items: { benefitId: string; contactedAt: string | null }[] }).items;
        });
        const contactedAt = activations.find((a) => a.benefitId === benefitId)?.contactedAt;
        assert.ok(contactedAt, 'the activation records when the contact came');
        assert.equal(
          (await promise.innerText()).trim(),
          fill(m['promise.kept'], { date: day.format(new Date(contactedAt)) }),
        );
        await screenshot(page, 'en-rewards-promise-kept');
        assert.deepEqual(failures, [], 'no script errors in the page');
      } catch (error) {
        await screenshot(page, 'en-console-FAILED').catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    });
  });
});
