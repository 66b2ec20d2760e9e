// The webhook isolation test's world: two publishers each subscribed to every publisher event, a program-wide
// subscription to every event, and every event of the catalogue made for publisher A (a few for B) through the
// API and the clocks' sweep on the test clock, then delivered to the receiver.
import type { deliveryHarness } from './delivery.ts';
import { activateSponsorship, makePublisher, type MadePublisher } from './factories.ts';
import { ledgerFeed } from './ledger.ts';
import type { Receiver } from './receiver.ts';
import { EVENT_TYPES, PUBLISHER_EVENT_TYPES } from '../../src/usecases/webhooks/catalog.ts';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './cli.ts';

type Harness = Awaited<ReturnType<typeof deliveryHarness>>;

export async function everyEvent(
  { t, ok, sweep, deliverAll }: Harness,
  receiver: Receiver,
): Promise<{ a: MadePublisher; b: MadePublisher }> {
  // A lists a free offer first (its first benefits are one-time: they expire, L5), later a transact one.
  const a = await makePublisher(t, {
    contact: true,
    offers: [
      { listingOption: 'free', markets: ['US'] },
      { listingOption: 'transact', markets: ['US'], live: false },
    ],
  });
  const b = await makePublisher(t, { contact: true });
  const subscribe = async (url: string, as: string, eventTypes: readonly string[], publisherId?: string) => {
    const made = await ok(
      t.call('POST', publisherId ? `/api/v1/publishers/${publisherId}/webhooks` : '/api/v1/webhooks', {
        as,
        body: { url: `${receiver.origin}${url}`, eventTypes },
      }),
      201,
    );
    receiver.secrets.set(url, [made.secret]);
  };
  await subscribe('/iso-a', a.ownerEmail, PUBLISHER_EVENT_TYPES, a.id);
  await subscribe('/iso-b', b.ownerEmail, PUBLISHER_EVENT_TYPES, b.id);
  await subscribe('/iso-program', t.adminEmail, EVENT_TYPES);

  const base = `/api/v1/publishers/${a.id}`;
  // A's one-time benefits (its free offer's) about to expire, then expired: the sweep tells each once.
  const { rows } = await t.pool.query<{ at: Date }>(
    `SELECT min(expires_at) AS at FROM benefit_unlocks WHERE publisher_id = $1 AND expires_at IS NOT NULL`,
    [a.id],
  );
  const day = 86_400_000;
  for (const at of [rows[0]!.at.getTime() - 7 * day, rows[0]!.at.getTime() + day]) {
    t.clock.set(new Date(at));
    await sweep();
  }
  // Then its transact offer goes live.
  await ok(
    t.call('POST', `${base}/offers/${a.offerIds[1]}/status`, { as: t.adminEmail, body: { status: 'live' } }),
  );
  // The feed's batch lifts A to $50K: tier.changed, benefit.unlocked, billed-sales.batch.processed.
  const { line, send } = ledgerFeed(t);
  await ok(send([{ ...line(a, `iso-${a.id}`), offerId: a.offerIds[1]!, amountMinor: 6_000_000 }]));
  // An activation contacted and fulfilled; another left to go late and be escalated.
  await ok(
    t.call('POST', `${base}/activations`, { as: a.ownerEmail, body: { benefitId: 'market-research' } }),
    201,
  );
  const task = (
    await ok(t.call('GET', `/api/v1/tasks?publisherId=${a.id}&kind=activation`, { as: t.teamEmail }))
  ).items[0];
  await ok(
    t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
      as: t.teamEmail,
      body: { channel: 'phone', note: 'Called.' },
    }),
    201,
  );
  await ok(t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail }));
  await ok(
    t.call('POST', `${base}/activations`, { as: a.ownerEmail, body: { benefitId: 'readiness-assessment' } }),
    201,
  );
  // A grant spent whole, then a second one left to expire.
  const spent = await activateSponsorship(t, a, 'deployment-sponsorship');
  await ok(
    t.call('POST', `${base}/sponsorships/${spent.id}/spend`, {
      as: t.teamEmail,
      body: {
        amountUsdCents: spent.amountUsdCents,
        spentOn: t.clock.now().toISOString().slice(0, 10),
        note: 'All.',
      },
    }),
    201,
  );
  const left = await activateSponsorship(t, a, 'trial-sandbox-sponsorship');
  await ok(
    t.call('POST', `${base}/benefits/self-serve-digital-marketing/revoke`, {
      as: t.adminEmail,
      body: { cause: 'delisting', note: '' },
    }),
  );
  // A ticket the team answers: ticket.replied (B too, for events of its own).
  for (const p of [a, b]) {
    const ticket = await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/support-tickets`, {
        as: p.ownerEmail,
        body: { subject: 'Webhooks', description: 'Is anyone there?' },
      }),
      201,
    );
    await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/conversations/${ticket.id}/replies`, {
        as: t.teamEmail,
        body: { body: 'Yes.' },
      }),
      201,
    );
  }
  await ok(
    t.call('POST', `/api/v1/publishers/${b.id}/activations`, {
      as: b.ownerEmail,
      body: { benefitId: 'market-research' },
    }),
    201,
  );
  // The program publishes a version: program.published, to program-wide subscriptions only.
  const fy24 = JSON.parse(await fs.readFile(path.join(ROOT, 'program/fy24.json'), 'utf8'));
  await ok(
    t.call('POST', '/api/v1/program/versions', {
      as: t.adminEmail,
      body: { ...fy24, version: 'ISO', name: 'Isolation', effectiveFrom: '2031-07-01' },
    }),
    201,
  );
  // The clocks: the activation left is late and escalated; the grant left is about to expire, then expired.
  t.clock.advanceDays(8);
  await sweep();
  const grantEnds = new Date(left.expiresAt).getTime();
  for (const at of [grantEnds - 10 * day, grantEnds + day]) {
    t.clock.set(new Date(at));
    await sweep();
  }
  await deliverAll();
  return { a, b };
}
