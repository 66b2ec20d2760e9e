// The notification tests' largest set-up: every kind of message the program sends, made through the API and the
// clocks' sweep on the test clock, then delivered to the harness's SMTP server. Made once per harness and shared
// by the cases that look at it from different sides (the sweeps, exactly once, the language, a job run twice).
import type { SweepResult } from '../../src/features/clocks/clocks.service.ts';
import { rawRequest } from './app.ts';
import { disableSubscription } from '../../src/features/webhooks/webhooks.notice.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import type { deliveryHarness } from './delivery.ts';
import { addContact, addUser, makePublisher } from './factories.ts';

type Harness = Awaited<ReturnType<typeof deliveryHarness>>;

export interface EveryKind {
  /** The sweep's results, in the order the clock reached each moment. */
  sweeps: {
    dueSoon: SweepResult;
    late: SweepResult;
    welcomesLapsed: SweepResult;
    expiring: SweepResult;
    grantExpiring: SweepResult;
    anniversary: SweepResult;
    again: SweepResult;
  };
  /** The trial publisher's one-time unlocks, read before they expire. */
  oneTime: { benefit_id: string; expires_at: Date }[];
  /** Every notification after two deliveries, and those of them sent. */
  rows: {
    id: string;
    kind: string;
    recipient_email: string;
    language: string;
    status: string;
    event_key: string;
  }[];
  sent: EveryKind['rows'];
}

const made = new WeakMap<Harness, Promise<EveryKind>>();

/** Every kind of message, made and delivered once for the harness (its clock ends on 2027-03-03). */
export function everyKind(h: Harness): Promise<EveryKind> {
  let world = made.get(h);
  if (!world) {
    world = make(h);
    made.set(h, world);
  }
  return world;
}

async function make({ t, ok, sweep, deliverAll }: Harness): Promise<EveryKind> {
  // A publisher whose owner is its marketing contact and reads Traditional Chinese.
  const pub = await makePublisher(t, {
    offers: [
      { listingOption: 'transact', markets: ['US'], live: false },
      { listingOption: 'free', markets: ['US'], live: false },
    ],
  });
  const base = `/api/v1/publishers/${pub.id}`;
  // A publisher with only a free (trial) offer: its benefits are one-time and expire (L5).
  const trial = await makePublisher(t, { offers: [{ listingOption: 'free', markets: ['US'] }] });
  for (const p of [trial, pub]) {
    await addContact(t, p, {
      userId: p.ownerId,
      email: `mkt-${p.id.slice(0, 8)}@zh.example`,
      phone: '+886223456789',
      language: 'zh-TW',
    });
  }
  // An English-speaking admin owns the second offer, then leaves: it is rerouted to the owner. Adding them mails
  // their invitation (kind `invitation`), in the owner's language.
  const admin = await addUser(t, pub, {
    email: `leaver-${pub.id.slice(0, 8)}@zh.example`,
    displayName: 'Leaver',
  });
  await ok(
    t.call('PATCH', `${base}/offers/${pub.offerIds[1]}`, {
      as: pub.ownerEmail,
      body: { ownerUserId: admin.id },
    }),
    200,
  );
  for (const offerId of pub.offerIds)
    await ok(
      t.call('POST', `${base}/offers/${offerId}/status`, { as: t.adminEmail, body: { status: 'live' } }),
      200,
    );

  // Activation received, then a contact logged on it.
  await ok(
    t.call('POST', `${base}/activations`, { as: pub.ownerEmail, body: { benefitId: 'market-research' } }),
    201,
  );
  const queue = await ok(
    t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }),
    200,
  );
  await ok(
    t.call('POST', `/api/v1/tasks/${queue.items[0].id}/contacts`, {
      as: t.teamEmail,
      body: { channel: 'phone', note: 'Called about market research.' },
    }),
    201,
  );
  // A second activation nobody works: claimed, warned, then escalated.
  await ok(
    t.call('POST', `${base}/activations`, {
      as: pub.ownerEmail,
      body: { benefitId: 'readiness-assessment' },
    }),
    201,
  );
  const second = (
    await ok(
      t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation&status=open`, { as: t.teamEmail }),
      200,
    )
  ).items[0];
  await ok(t.call('POST', `/api/v1/tasks/${second.id}/claim`, { as: t.teamEmail }), 200);
  // Billed sales lift the publisher to $50K: a sponsorship (S10).
  await ok(
    t.call('POST', `${base}/billed-sales`, {
      as: t.adminEmail,
      body: { amountUsdCents: 6_000_000, billedOn: '2026-03-01' },
    }),
    201,
  );
  // The deployment sponsorship is activated: a $15,000 grant, reminded of before it expires unspent (L9).
  await ok(
    t.call('POST', `${base}/activations`, {
      as: pub.ownerEmail,
      body: { benefitId: 'deployment-sponsorship' },
    }),
    201,
  );
  // A program admin revokes a benefit for cause, then reinstates it (L6).
  const selfServe = `${base}/benefits/self-serve-digital-marketing`;
  await ok(
    t.call('POST', `${selfServe}/revoke`, { as: t.adminEmail, body: { cause: 'delisting', note: '' } }),
    200,
  );
  await ok(t.call('POST', `${selfServe}/reinstate`, { as: t.adminEmail, body: { note: 'Relisted.' } }), 200);
  // A support ticket answered and resolved, and a dispute of the tier figure decided: each told to the owner.
  const ticket = await ok(
    t.call('POST', `${base}/support-tickets`, {
      as: pub.ownerEmail,
      body: { subject: 'Nobody called', description: 'Our offer went live a month ago.' },
    }),
    201,
  );
  const thread = `${base}/conversations/${ticket.id}`;
  await ok(
    t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: 'We will call today.' } }),
    201,
  );
  await ok(t.call('POST', `${thread}/resolve`, { as: t.teamEmail, body: { note: 'Called.' } }), 200);
  const dispute = await ok(
    t.call('POST', `${base}/disputes`, {
      as: pub.ownerEmail,
      body: { subject: 'tier', note: 'A March sale is missing from the figure.' },
    }),
    201,
  );
  await ok(
    t.call('POST', `${base}/disputes/${dispute.id}/decision`, {
      as: t.teamEmail,
      body: { outcome: 'rejected', note: 'The March sale was cancelled before use.' },
    }),
    200,
  );
  await ok(t.call('POST', `${base}/users/${admin.id}/deactivate`, { as: pub.ownerEmail }), 200);

  t.clock.advanceDays(6); // due soon: warning to the assignee
  const dueSoon = await sweep();
  t.clock.advanceDays(2); // late: escalation to program admins
  const late = await sweep();
  t.clock.advanceDays(21); // day 29: the welcome windows lapsed, their owner is told (S11)
  const welcomesLapsed = await sweep();
  t.clock.set('2026-08-25T10:00:00Z'); // one-time benefits expire six months after unlock (L5)
  const { rows: oneTime } = await t.pool.query(
    `SELECT benefit_id, expires_at FROM benefit_unlocks WHERE publisher_id = $1 AND expires_at IS NOT NULL`,
    [trial.id],
  );
  const expiring = await sweep();
  t.clock.set('2027-02-20T10:00:00Z'); // the grant expires within 30 days with money left
  const grantExpiring = await sweep();
  t.clock.set('2027-03-03T10:00:00Z'); // the anniversary of the transact benefits (L5)
  const anniversary = await sweep();
  const again = await sweep();

  // The owner adds an address that has an account at another publisher: its owner is told, not invited (kind
  // `invitation-existing-account`). Sent without the harness's accepting of links, which would be refused.
  const owner = await t.signIn(pub.ownerEmail);
  const elsewhere = await rawRequest(t)('POST', `${base}/users`, owner.cookie, owner.csrf, {
    email: trial.ownerEmail,
    displayName: 'Elsewhere',
    role: 'publisher-member',
  });
  if (elsewhere.status !== 201)
    throw new Error(`adding an address failed: ${JSON.stringify(elsewhere.body)}`);

  // The owner signs in from a browser they had not used (the harness sends no device cookie): a notice.
  t.app.deps.auth.signInNotices = true;
  await t.signIn(pub.ownerEmail);
  t.app.deps.auth.signInNotices = false;

  // A webhook subscription that kept failing is disabled: its owners are told (kind webhook-disabled).
  const hook = await ok(
    t.call('POST', `${base}/webhooks`, {
      as: pub.ownerEmail,
      body: { url: 'http://127.0.0.1:9/hook', eventTypes: ['tier.changed'] },
    }),
    201,
  );
  await inTransaction(t.pool, (tx) => disableSubscription(tx, hook.id, 'failing', 5, 'http://rewards.test'));

  await deliverAll();
  await deliverAll(); // nothing left to do
  const { rows } = await t.pool.query<EveryKind['rows'][number]>(
    `SELECT id, kind, recipient_email, language, status, event_key FROM notifications`,
  );
  return {
    sweeps: { dueSoon, late, welcomesLapsed, expiring, grantExpiring, anniversary, again },
    oneTime,
    rows,
    sent: rows.filter((r) => r.status === 'sent'),
  };
}
