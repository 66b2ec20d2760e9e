// Webhooks in a real browser, against `serve` with its own job workers and a real receiver on loopback that
// verifies every signature with the `standardwebhooks` package: a publisher's owner subscribes from Account
// settings (event types named in the reader's language), copies the secret shown once, sends a test event, reads
// the delivery log with the receiver's status code, redelivers it (the same webhook-id), rotates the secret and
// disables the subscription; a member sees no webhooks; the program admin finds the subscription in the console.
// In English at 1440x900 and in Traditional Chinese at 390x844; each screen axe-clean, no sideways scrolling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  browserForFile,
  pattern,
  signIn,
  signOut,
  waitUntil,
  walkThrough,
  withDemoService,
  type Locale,
} from './support/browser.ts';
import { startReceiver, type Receiver } from './support/receiver.ts';

const browser = browserForFile();

async function walk(url: string, receiver: Receiver, locale: Locale, width: number, height: number) {
  const path = `/portal-${locale}`;
  await walkThrough(
    browser,
    { locale, url, width, height, area: 'webhooks', start: '/settings' },
    async (w) => {
      const { page, m } = w;
      await signIn(page, m, 'ava@contoso.example');
      const card = page.locator('#webhooks');
      await card.getByRole('heading', { name: m['webhooks.title'] }).waitFor();
      await card.getByRole('textbox', { name: m['webhooks.url'] }).fill(`${receiver.origin}${path}`);
      await card.getByRole('checkbox', { name: m['webhooks.event.activation.created'] }).check();
      await card.getByRole('checkbox', { name: m['webhooks.event.tier.changed'] }).check();
      await card.getByRole('button', { name: m['webhooks.create'] }).click();
      const shown = card.getByRole('status').filter({ hasText: m['webhooks.secretOnce'] });
      const secret = /whsec_\S+/.exec(await shown.innerText())?.[0];
      assert.ok(secret, 'the secret is shown once');
      receiver.secrets.set(path, [secret]);
      const table = card.getByRole('table', { name: m['webhooks.title'] });
      const row = table.getByRole('row').filter({ hasText: `${receiver.origin}${path}` });
      await row.getByText(m['webhooks.enabled'], { exact: true }).waitFor();
      await w.shot('subscribed');

      // A test event: the receiver gets it, signed; the log shows the receiver's status code.
      await row.getByRole('button', { name: m['webhooks.test'] }).click();
      await card.getByText(m['webhooks.testSent']).waitFor();
      await waitUntil(async () => receiver.received.some((r) => r.path === path), 'the test event to arrive');
      const first = receiver.received.find((r) => r.path === path)!;
      assert.equal(first.type, 'webhook.test');
      assert.deepEqual(first.verifiedBy, [0], 'standardwebhooks verifies it');
      await row.getByRole('button', { name: m['webhooks.deliveries'] }).click();
      const log = card.getByRole('table', { name: m['webhooks.deliveries'] });
      const delivery = log.getByRole('row').filter({ hasText: m['webhooks.event.webhook.test'] });
      await delivery.getByText(m['webhooks.status.delivered'], { exact: true }).waitFor();
      await delivery.getByText('204', { exact: true }).waitFor();
      await w.shot('log');

      // Redelivered by hand: the same webhook-id again.
      await delivery.getByRole('button', { name: m['webhooks.redeliver'] }).click();
      await card.getByText(m['webhooks.redelivered']).waitFor();
      await waitUntil(
        async () => receiver.received.filter((r) => r.path === path).length === 2,
        'the redelivery',
      );
      assert.equal(receiver.received.filter((r) => r.path === path)[1]!.id, first.id);

      // A new secret, the old one signing too for a while; then disabled.
      await row.getByRole('button', { name: m['webhooks.rotate'] }).click();
      await card
        .getByRole('status')
        .filter({ hasText: pattern(m['webhooks.rotated']) })
        .waitFor();
      await row.getByRole('button', { name: m['webhooks.disable'] }).click();
      await row.getByText(m['webhooks.disabled.by-hand'], { exact: true }).waitFor();
      await w.shot('disabled');
      await signOut(page, m);

      // A member reads Account settings without webhooks.
      await signIn(page, m, 'dev@contoso.example');
      await page.getByRole('heading', { name: m['settings.title'] }).waitFor();
      assert.equal(await page.locator('#webhooks').count(), 0, 'a member sees no webhooks');
      await signOut(page, m);

      // The program admin's console lists it, for Contoso.
      await signIn(page, m, 'admin@rewards.example');
      await page.getByText(m['shell.choosePublisher']).waitFor();
      await page.goto(`${url}/console?tab=webhooks`);
      const all = page.getByRole('table', { name: m['webhooks.title'] });
      await all
        .getByRole('row')
        .filter({ hasText: `${receiver.origin}${path}` })
        .getByText('Contoso Analytics')
        .waitFor();
      await page.getByRole('checkbox', { name: m['webhooks.event.program.published'] }).waitFor();
      await w.shot('console');
    },
  );
}

describe('[PORTAL] webhooks in a browser', () => {
  it('[PUBLISHER] subscribes, tests, reads the log, redelivers, rotates and disables, in en', async () => {
    const receiver = await startReceiver();
    await withDemoService((url) => walk(url, receiver, 'en', 1440, 900), { WEBHOOK_TARGETS: 'loopback' });
  });
  it('[PUBLISHER] subscribes, tests, reads the log, redelivers, rotates and disables, in zh-TW on a phone', async () => {
    const receiver = await startReceiver();
    await withDemoService((url) => walk(url, receiver, 'zh-TW', 390, 844), { WEBHOOK_TARGETS: 'loopback' });
  });
});
